package com.vinereports.reports;

import com.vinereports.filevine.ProjectRow;
import java.util.List;
import java.util.function.Function;

/** The columns of a projects export, in order: what a spreadsheet user needs to work with the list. */
public final class ExportColumns {

    public record Column(String header, Function<ProjectRow, Object> value) {
    }

    public static final List<Column> PROJECTS = List.of(
            new Column("Number", ProjectRow::number),
            new Column("Project", ProjectRow::projectName),
            new Column("Client", ProjectRow::clientName),
            new Column("Type", ProjectRow::projectTypeCode),
            new Column("Phase", ProjectRow::phaseName),
            new Column("Phase since", ProjectRow::phaseDate),
            new Column("Created", ProjectRow::createdDate),
            new Column("Incident", ProjectRow::incidentDate),
            new Column("Last activity", ProjectRow::lastActivity),
            new Column("Primary", ProjectRow::primary),
            new Column("Archived", row -> row.archived() ? "yes" : "no"),
            new Column("Hashtags", row -> String.join(" ", row.hashtags())),
            new Column("Filevine id", ProjectRow::id));

    private ExportColumns() {
    }
}
