package com.vinereports.web.app;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.SignedInUser;
import com.vinereports.filevine.CallCount;
import com.vinereports.reports.Dashboard;
import com.vinereports.reports.Progress;
import com.vinereports.reports.Projects;
import com.vinereports.reports.ReportCost;
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
 * default, assigned to me ({@code scope=assigned}: the cheapest), or on every open matter of the org
 * ({@code scope=all}: two Filevine calls per matter, so it is the slowest choice).
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

    @Inject
    ReportCost cost;

    @Inject
    CallCount callCount;

    private int days = 14;
    private Upcoming.Scope scope = Upcoming.Scope.MINE;
    private final DeferredReport<Upcoming> report = new DeferredReport<>("upcoming");

    @PostConstruct
    void load() {
        Map<String, String> params = Faces.getExternalContext().getRequestParameterMap();
        try {
            days = Math.max(1, Math.min(365, Integer.parseInt(params.getOrDefault("days", "14").trim())));
        } catch (NumberFormatException notANumber) {
            days = 14;
        }
        scope = Upcoming.Scope.of(params.get("scope"));
    }

    /** Fetched on first use, in the request that renders the report's panel (see StaleBacking). */
    private Upcoming fetch() {
        return report.get(progress, callCount, listener -> projects.upcoming(dashboard.today(), days, scope,
                identity.getUser().username(), listener), found -> found.items().size());
    }

    public int getDays() {
        return days;
    }

    public Upcoming.Scope getScope() {
        return scope;
    }

    public List<Integer> getChoices() {
        return CHOICES;
    }

    public Upcoming getUpcoming() {
        return fetch();
    }

    /** What the report will cost, said before it runs (null when it costs no more than a page). */
    public String getCostBefore() {
        SignedInUser me = identity.getUser();
        return cost.beforeUpcoming(scope, me.firstName() + " " + me.lastName()).orElse(null);
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
