package com.vinereports.web.app;

import com.vinereports.filevine.CallCount;
import com.vinereports.filevine.ProjectRow;
import com.vinereports.reports.Dashboard;
import com.vinereports.reports.Progress;
import com.vinereports.reports.Projects;
import com.vinereports.reports.ReportCost;
import com.vinereports.reports.StaleMatters;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.util.Faces;

/** Stale matters: open matters idle for N days (30, 60, 90; from the URL), grouped by primary. */
@Named
@ViewScoped
public class StaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<Integer> CHOICES = List.of(30, 60, 90, 180);

    @Inject
    Projects projects;

    @Inject
    Dashboard dashboard;

    @Inject
    Progress progress;

    @Inject
    ReportCost cost;

    @Inject
    CallCount callCount;

    private int days = 30;
    private boolean byPhase;
    private final DeferredReport<StaleMatters> report = new DeferredReport<>("stale");

    @PostConstruct
    void load() {
        String asked = Faces.getExternalContext().getRequestParameterMap().get("days");
        try {
            days = asked == null ? 30 : Integer.parseInt(asked.trim());
        } catch (NumberFormatException notANumber) {
            days = 30;
        }
        if (days < 1 || days > 3650) {
            days = 30;
        }
        byPhase = "phase".equals(Faces.getExternalContext().getRequestParameterMap().get("sort"));
    }

    /**
     * The report, fetched on first use: in the request that renders the report's panel, which the page loads
     * right after itself (the view scope carries {@code days} from the page's URL to that request).
     */
    private StaleMatters fetch() {
        return report.get(progress, callCount, listener -> projects.stale(days, dashboard.today(), listener),
                StaleMatters::total);
    }

    public int getDays() {
        return days;
    }

    /** Sorted by days in phase (longest first) rather than by days idle, the default. */
    public boolean isByPhase() {
        return byPhase;
    }

    /** The report's groups, each group's matters longest idle first, or longest in their phase first. */
    public List<StaleMatters.Group> getGroups() {
        StaleMatters report = getStale();
        if (report == null) {
            return List.of();
        }
        if (!byPhase) {
            return report.groups();
        }
        Comparator<ProjectRow> longestInPhase = Comparator.comparing(ProjectRow::phaseDate,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return report.groups().stream()
                .map(g -> new StaleMatters.Group(g.primary(), g.matters().stream().sorted(longestInPhase).toList()))
                .toList();
    }

    public List<Integer> getChoices() {
        return CHOICES;
    }

    public StaleMatters getStale() {
        return fetch();
    }

    /** What the report will cost, said before it runs (null when it costs no more than a page). */
    public String getCostBefore() {
        return cost.beforeOpenList().orElse(null);
    }

    public String getCostAfter() {
        fetch();
        return report.spent();
    }

    public String getProblem() {
        fetch();
        return report.problem();
    }
}
