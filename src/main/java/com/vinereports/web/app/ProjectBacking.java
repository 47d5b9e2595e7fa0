package com.vinereports.web.app;

import com.vinereports.filevine.Note;
import com.vinereports.filevine.FilevineException;
import com.vinereports.reports.ProjectDetail;
import com.vinereports.reports.Projects;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.util.Faces;

/** One matter: vitals, contacts with roles, notes and open tasks, deadlines, team, documents. */
@Named
@RequestScoped
public class ProjectBacking {

    @Inject
    Projects projects;


    private ProjectDetail detail;
    private String problem;

    @PostConstruct
    void load() {
        String id = Faces.getExternalContext().getRequestParameterMap().get("id");
        try {
            int projectId = Integer.parseInt(id == null ? "" : id.trim());
            detail = projects.detail(projectId);
        } catch (NumberFormatException notANumber) {
            problem = "There is no project with that number.";
        } catch (FilevineException failure) {
            problem = failure.getMessage();
        }
    }

    public ProjectDetail getDetail() {
        return detail;
    }

    public String getProblem() {
        return problem;
    }

    /** Tasks not done yet, soonest first. */
    public List<Note> getOpenTasks() {
        return detail.notes().stream().filter(n -> "Task".equalsIgnoreCase(n.type()) && !n.completed())
                .sorted(Comparator.comparing(Note::targetDate,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Notes and emails, newest first (tasks are listed on their own). */
    public List<Note> getNotes() {
        return detail.notes().stream().filter(n -> !"Task".equalsIgnoreCase(n.type())).toList();
    }

    public String size(long bytes) {
        return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }
}
