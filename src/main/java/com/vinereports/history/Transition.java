package com.vinereports.history;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A kept observation of a matter, as the reports read it (see {@link PhaseObservation}). */
public record Transition(int projectId, int seq, String projectType, String phaseName, LocalDate phaseDate,
                         boolean archived, LocalDate seenOn, boolean demo) implements Serializable {

    /** Whether this is the same state as {@code other}'s: same phase, same phase date, same archived flag. */
    boolean sameState(String otherPhase, LocalDate otherPhaseDate, boolean otherArchived) {
        return Objects.equals(phaseName, otherPhase) && Objects.equals(phaseDate, otherPhaseDate)
                && archived == otherArchived;
    }
}
