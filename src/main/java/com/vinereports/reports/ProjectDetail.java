package com.vinereports.reports;

import com.vinereports.filevine.Deadline;
import com.vinereports.filevine.Document;
import com.vinereports.filevine.Note;
import com.vinereports.filevine.ProjectContact;
import com.vinereports.filevine.ProjectRow;
import com.vinereports.filevine.TeamMember;
import com.vinereports.filevine.Vital;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the project page shows: the matter, its vitals, people, notes and tasks, deadlines, documents.
 * A part Filevine refused or answered unreadably is empty, and {@code problems} says why under the part's name
 * ({@code "team"}, {@code "deadlines"}...): the other parts still show.
 */
public record ProjectDetail(ProjectRow project, String description, List<Vital> vitals, List<ProjectContact> contacts,
                            List<Note> notes, List<Deadline> deadlines, List<TeamMember> team,
                            List<Document> documents, Map<String, String> problems) implements Serializable {

    /** Why a part could not be read, or null when it was. */
    public String problem(String part) {
        return problems.get(part);
    }
}
