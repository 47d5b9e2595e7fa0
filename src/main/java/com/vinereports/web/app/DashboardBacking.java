package com.vinereports.web.app;

import com.vinereports.filevine.CallCount;
import com.vinereports.filevine.FilevineException;
import com.vinereports.reports.Dashboard;
import com.vinereports.reports.DashboardFigures;
import com.vinereports.reports.Progress;
import com.vinereports.reports.ReportCost;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The dashboard: headline numbers and four bar charts, each number a link to the projects list behind it.
 * A Filevine failure leaves a message and a retry in place of the figures; the header and menu keep working.
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** One bar: label, count, its share of the largest bar (for the width), and where it leads. */
    public record Bar(String label, int count, int percent, String link) {
        // Getters for Faces EL, which reads records only from Jakarta EE 11 on.
        public String getLabel() {
            return label;
        }

        public int getCount() {
            return count;
        }

        public int getPercent() {
            return percent;
        }

        public String getLink() {
            return link;
        }
    }

    @Inject
    Dashboard dashboard;

    @Inject
    Progress progress;

    @Inject
    CallCount callCount;

    private DashboardFigures figures;
    private int spent;
    private String error;
    private Map<String, Integer> typeIds = Map.of();

    @PostConstruct
    void load() {
        int callsBefore = callCount.made();
        try {
            figures = dashboard.figures(ReportProgress.of(progress, "dashboard"));
            spent = callCount.made() - callsBefore;
            ReportProgress.finished(progress, "dashboard", figures.total(), null);
            typeIds = figures.typeIds();
        } catch (FilevineException failure) {
            error = failure.getMessage();
            ReportProgress.finished(progress, "dashboard", 0, error);
        } finally {
            ReportProgress.endIfRunning(progress, "dashboard");
        }
    }

    public String refresh() {
        dashboard.refresh();
        return "/app/dashboard.xhtml?faces-redirect=true";
    }

    /**
     * What these figures cost: the calls this request made for them, or none when the session already had them;
     * and, when refreshing would cost more than a page's worth, about how many calls it takes.
     */
    public String getCost() {
        if (figures == null) {
            return "";
        }
        String now = spent == 0 ? "No Filevine call: kept from earlier in this session."
                : ReportCost.after(spent);
        int again = ReportCost.listCalls(figures.total());
        return again > ReportCost.PAGES_WORTH ? now + " Refreshing asks Filevine again: about " + again + " calls." : now;
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public String getError() {
        return error;
    }

    public int getOpen() {
        return figures.open();
    }

    public int getNewThisMonth() {
        return figures.newThisMonth();
    }

    public int getNoActivity30() {
        return figures.noActivity30();
    }

    public int getNoActivity60() {
        return figures.noActivity60();
    }

    public int getNoActivity90() {
        return figures.noActivity90();
    }

    public int getArchived() {
        return figures.archived();
    }

    public String getOpenLink() {
        return projects("archived=false");
    }

    public String getNewThisMonthLink() {
        return projects("createdSince=" + figures.today().withDayOfMonth(1));
    }

    public String staleLink(int days) {
        return "stale.xhtml?days=" + days;
    }

    public String getArchivedLink() {
        return projects("archived=true&sort=lastActivity&order=asc");
    }

    public List<Bar> getByPhase() {
        return bars(figures.byPhase(), label -> projects("archived=false&phase=" + encode(label)));
    }

    public List<Bar> getByType() {
        return bars(figures.byType(), label -> typeIds.containsKey(label)
                ? projects("archived=false&type=" + typeIds.get(label)) : projects("archived=false"));
    }

    public List<Bar> getNewPerMonth() {
        return bars(figures.newPerMonth(), label -> projects("createdSince=" + label + "-01&sort=createdDate&order=asc"));
    }

    public List<Bar> getCaseload() {
        return bars(figures.caseloadByPrimary(), label -> projects("archived=false&sort=firstPrimaryName"));
    }

    public int getNewPerMonthTotal() {
        return figures.newPerMonth().stream().mapToInt(DashboardFigures.Count::count).sum();
    }

    private static List<Bar> bars(List<DashboardFigures.Count> counts, java.util.function.Function<String, String> link) {
        int largest = counts.stream().mapToInt(DashboardFigures.Count::count).max().orElse(1);
        return counts.stream().map(c -> new Bar(c.label(), c.count(),
                largest == 0 ? 0 : Math.max(c.count() == 0 ? 0 : 2, c.count() * 100 / largest), link.apply(c.label()))).toList();
    }

    private static String projects(String query) {
        return "projects.xhtml?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
