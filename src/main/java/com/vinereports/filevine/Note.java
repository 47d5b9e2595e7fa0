package com.vinereports.filevine;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A note, email or task on a matter; tasks have an assignee (a user id), a target date and a done flag. */
public record Note(int noteId, String type, String body, Instant createdAt, Integer assigneeId,
                   LocalDate targetDate, boolean completed) implements Serializable {
}
