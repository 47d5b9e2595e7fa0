package com.vinereports.web.app;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.filevine.FilevineException;
import com.vinereports.reports.Dashboard;
import com.vinereports.reports.Progress;
import com.vinereports.reports.Projects;
import com.vinereports.reports.Upcoming;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * Deadlines and open tasks of the next N days: on my matters (where I am the first primary, by user name) by
 * default, or on every open matter of the org ({@code scope=all}: two Filevine calls per matter, so it is the
 * slower choice).
 */
@Named
@ViewScoped
public class UpcomingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<Integer> CHOICES = List.of(7, 14, 30, 60);

    @Inject
    Projects projects;

    @Inject
    Dashboard dashboard;

    @Inject
    Progress progress;

    @Inject
    FilevineIdentity identity;

    private int days = 14;
    private boolean everyone;
    private Upcoming upcoming;
    private String problem;

    @PostConstruct
    void load() {
        Map<String, String> params = Faces.getExternalContext().getRequestParameterMap();
        try {
            days = Math.max(1, Math.min(365, Integer.parseInt(params.getOrDefault("days", "14").trim())));
        } catch (NumberFormatException notANumber) {
            days = 14;
        }
        everyone = "all".equals(params.get("scope"));
    }

    /** Fetched on first use, in the request that renders the report's panel (see StaleBacking). */
    private void fetch() {
        if (upcoming != null || problem != null) {
            return;
        }
        try {
            upcoming = projects.upcoming(dashboard.today(), days, everyone ? null : identity.getUser().username(),
                    ReportProgress.of(progress, "upcoming"));
            ReportProgress.finished(progress, "upcoming", upcoming.items().size(), null);
        } catch (FilevineException failure) {
            problem = failure.getMessage();
            ReportProgress.finished(progress, "upcoming", 0, problem);
        } finally {
            ReportProgress.endIfRunning(progress, "upcoming");
        }
    }

    public int getDays() {
        return days;
    }

    public boolean isEveryone() {
        return everyone;
    }

    public List<Integer> getChoices() {
        return CHOICES;
    }

    public Upcoming getUpcoming() {
        fetch();
        return upcoming;
    }

    public String getProblem() {
        fetch();
        return problem;
    }
}
