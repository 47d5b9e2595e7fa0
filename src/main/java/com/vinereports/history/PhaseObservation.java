package com.vinereports.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One transition of a matter: from {@code seenOn} on it was in {@code phaseName} (entered on {@code phaseDate}, as
 * Filevine says) and archived or not. Kept only when one of the three differs from the matter's previous row.
 */
@Entity
@Table(name = "phase_observation")
public class PhaseObservation {

    @Id
    private String id;

    @Column(name = "org_id")
    private int orgId;

    @Column(name = "project_id")
    private int projectId;

    private int seq;

    @Column(name = "project_type")
    private String projectType;

    @Column(name = "phase_name")
    private String phaseName;

    @Column(name = "phase_date")
    private LocalDate phaseDate;

    private boolean archived;

    @Column(name = "seen_on")
    private LocalDate seenOn;

    private boolean demo;

    protected PhaseObservation() {
    }

    PhaseObservation(int orgId, Transition transition) {
        this.id = orgId + ":" + transition.projectId() + ":" + transition.seq();
        this.orgId = orgId;
        this.projectId = transition.projectId();
        this.seq = transition.seq();
        this.projectType = transition.projectType();
        this.phaseName = transition.phaseName();
        this.phaseDate = transition.phaseDate();
        this.archived = transition.archived();
        this.seenOn = transition.seenOn();
        this.demo = transition.demo();
    }

    Transition transition() {
        return new Transition(projectId, seq, projectType, phaseName, phaseDate, archived, seenOn, demo);
    }
}
