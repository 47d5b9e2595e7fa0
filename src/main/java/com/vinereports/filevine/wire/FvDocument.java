package com.vinereports.filevine.wire;

/** Document metadata ({@code GET /Documents?projectId=}, {@code /Documents/{id}}); never the bytes. */
public class FvDocument {
    public FvId documentId;
    public FvId projectId;
    public String filename;
    public Long size;
    public String uploadDate;
    public FvId uploaderId;
}
