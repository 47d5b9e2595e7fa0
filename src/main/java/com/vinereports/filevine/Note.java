package com.vinereports.filevine;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A note, email or task on a matter; tasks have an assignee (a user id), a target date and a done flag. The matter
 * is named where the list spans matters (a user's tasks), else it may be null.
 */
public record Note(int noteId, String type, String body, Instant createdAt, Integer assigneeId,
                   LocalDate targetDate, boolean completed, Integer projectId) implements Serializable {
}
