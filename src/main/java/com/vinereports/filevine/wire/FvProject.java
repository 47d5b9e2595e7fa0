package com.vinereports.filevine.wire;

import java.util.List;

/** A project (matter), as {@code GET /Projects} and {@code /Projects/{id}} answer it. Dates are ISO strings. */
public class FvProject {
    public FvId projectId;
    public FvId projectTypeId;
    public String projectTypeCode;
    public FvId clientId;
    public String clientName;
    public String projectName;
    public FvId phaseId;
    public String phaseName;
    public String phaseDate;
    public String incidentDate;
    public String description;
    public String number;
    public String createdDate;
    public String firstPrimaryName;
    public String firstPrimaryUsername;
    public Boolean isArchived;
    public String lastActivity;
    public List<String> hashtags;
    public String projectUrl;
}
