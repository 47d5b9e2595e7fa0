package com.vinereports.filevine;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One matter as the reports show it: our type, whatever Filevine's wire format does next.
 *
 * @param primary         the first primary's display name (for people to read)
 * @param primaryUsername the first primary's user name (to decide whose matter it is: names are not unique)
 */
public record ProjectRow(int id, String number, String projectName, String clientName, int projectTypeId,
                         String projectTypeCode, String phaseName, LocalDate phaseDate, LocalDate createdDate,
                         LocalDate incidentDate, Instant lastActivity, String primary, String primaryUsername,
                         boolean archived, List<String> hashtags) implements Serializable {

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
        return lastActivity == null ? null : lastActivity.atZone(ZoneOffset.UTC).toLocalDate();
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
