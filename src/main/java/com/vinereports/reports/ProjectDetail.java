package com.vinereports.reports;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the project page shows: the matter, its vitals, people, notes and tasks, deadlines, documents. */
public record ProjectDetail(ProjectRow project, String description, List<Vital> vitals, List<Person> contacts,
                            List<Note> notes, List<Deadline> deadlines, List<TeamMember> team,
                            List<Document> documents) implements Serializable {

    public record Vital(String name, String label, String type, String value) implements Serializable {
    }

    public record Person(int contactId, String role, String fullName, String phone, String email) implements Serializable {
    }

    /** A note, email or task; tasks have an assignee, a target date and a done flag. */
    public record Note(int noteId, String type, String body, Instant createdAt, Integer assigneeId,
                       LocalDate targetDate, boolean completed) implements Serializable {
    }

    public record Deadline(int deadlineId, String name, LocalDate dueDate, boolean done) implements Serializable {
    }

    public record TeamMember(int userId, String fullName, String username, List<String> roles) implements Serializable {
    }

    public record Document(int documentId, String filename, long size, Instant uploadedAt) implements Serializable {
    }
}
