package com.vinereports.filevine.wire;

import java.io.Serializable;

/** {@code GET /projects/{id}/deadlines} (lower-case "projects": Filevine's own spelling). */
public class FvDeadline implements Serializable {
    public FvId deadlineId;
    public FvId projectId;
    public String name;
    public String dueDate;
    public Boolean isDone;
}
