package com.vinereports.filevine;

import java.io.Serializable;
import java.time.LocalDate;

/** A matter's deadline; done when Filevine gives it a done date (Filevine has no "done" flag). */
public record Deadline(int deadlineId, String name, LocalDate dueDate, LocalDate doneDate, boolean done)
        implements Serializable {
}
