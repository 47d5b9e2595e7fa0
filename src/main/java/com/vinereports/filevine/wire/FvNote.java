package com.vinereports.filevine.wire;

/** A note, task or email on a project ({@code GET /Projects/{id}/Notes}); tasks carry assignee and target date. */
public class FvNote {
    public FvId noteId;
    public FvId projectId;
    public String typeTag;
    public String body;
    public String createdAt;
    public FvId authorId;
    public FvId assigneeId;
    public Boolean isCompleted;
    public String targetDate;
}
