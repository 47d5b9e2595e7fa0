package com.vinereports.filevine.wire;

/**
 * {@code GET /projects/{id}/deadlines} (lower-case "projects": Filevine's own spelling). Filevine has no "done"
 * flag: a deadline is done when it has a {@code doneDate}.
 */
public class FvDeadline {
    public FvId deadlineId;
    public FvId projectId;
    public String name;
    public String notes;
    public String dueDate;
    public String doneDate;
}
