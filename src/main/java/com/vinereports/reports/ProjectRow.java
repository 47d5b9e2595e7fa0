package com.vinereports.reports;

import com.vinereports.filevine.wire.FvProject;
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
}
