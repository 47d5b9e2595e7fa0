package com.vinereports.reports;

import com.vinereports.filevine.wire.FvProject;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One matter as the reports show it: our type, whatever Filevine's wire format does next. */
public record ProjectRow(int id, String number, String projectName, String clientName, int projectTypeId,
                         String projectTypeCode, String phaseName, LocalDate phaseDate, LocalDate createdDate,
                         LocalDate incidentDate, Instant lastActivity, String primary, boolean archived,
                         List<String> hashtags) implements Serializable {

    public static ProjectRow from(FvProject p) {
        return new ProjectRow(WireValues.id(p.projectId), p.number, p.projectName, p.clientName,
                WireValues.id(p.projectTypeId), p.projectTypeCode, p.phaseName, WireValues.day(p.phaseDate),
                WireValues.day(p.createdDate), WireValues.day(p.incidentDate), WireValues.instant(p.lastActivity),
                p.firstPrimaryName, WireValues.yes(p.isArchived), p.hashtags == null ? List.of() : List.copyOf(p.hashtags));
    }

    // Getters for Faces EL, which reads records only from Jakarta EE 11 on; not for JSON, which has the components.
    @JsonbTransient
    public int getId() {
        return id;
    }

    @JsonbTransient

    public String getNumber() {
        return number;
    }

    @JsonbTransient

    public String getProjectName() {
        return projectName;
    }

    @JsonbTransient

    public String getClientName() {
        return clientName;
    }

    @JsonbTransient

    public String getProjectTypeCode() {
        return projectTypeCode;
    }

    @JsonbTransient

    public String getPhaseName() {
        return phaseName;
    }

    @JsonbTransient

    public LocalDate getPhaseDate() {
        return phaseDate;
    }

    @JsonbTransient

    public LocalDate getCreatedDate() {
        return createdDate;
    }

    @JsonbTransient

    public Instant getLastActivity() {
        return lastActivity;
    }

    /** The day of the last activity (UTC), for tables: people read days, not instants. */
    @JsonbTransient
    public LocalDate getLastActivityDay() {
        return lastActivity == null ? null : lastActivity.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    @JsonbTransient

    public String getPrimary() {
        return primary;
    }

    @JsonbTransient
    public boolean isArchived() {
        return archived;
    }
}
