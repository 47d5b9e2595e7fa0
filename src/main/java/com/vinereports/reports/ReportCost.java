package com.vinereports.reports;

import com.vinereports.filevine.CallBudget;
import com.vinereports.filevine.FilevineGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What a report costs in Filevine calls, said on its page: an estimate before it runs (when it needs more than a
 * page's worth of calls, and the org's size is known from the dashboard's figures), and the count after.
 */
@ApplicationScoped
public class ReportCost {

    /** Up to this many calls a report is as cheap as a page, and its page says nothing before. */
    public static final int PAGES_WORTH = 10;

    @Inject
    CallBudget budget;

    @Inject
    Dashboard dashboard;

    /** Calls to list {@code matters} matters, page by page. */
    public static int listCalls(int matters) {
        return Math.max(1, (matters + FilevineGateway.LIST_PAGE_SIZE - 1) / FilevineGateway.LIST_PAGE_SIZE);
    }

    /** Before the upcoming report runs: its calls at most, from the org's figures this session already has. */
    public Optional<String> beforeUpcoming(Upcoming.Scope scope, String myName) {
        return dashboard.cached().flatMap(figures -> {
            int list = listCalls(figures.open());
            return switch (scope) {
                case ALL -> say("about", list + 2 * figures.open());
                case MINE -> {
                    int mine = figures.caseloadByPrimary().stream().filter(c -> c.label().equalsIgnoreCase(myName))
                            .mapToInt(DashboardFigures.Count::count).sum();
                    yield say("up to", list + 1 + 2 * mine); // each task list, and a deadline list where due
                }
                case ASSIGNED -> Optional.empty(); // two lists and the matters they name: a page's worth, or near
            };
        });
    }

    /** Before a report that lists every open matter. */
    public Optional<String> beforeOpenList() {
        return dashboard.cached().flatMap(figures -> say("about", listCalls(figures.open())));
    }

    /** After: what it took. */
    public static String after(int calls) {
        return "It took " + calls + (calls == 1 ? " Filevine call." : " Filevine calls.");
    }

    private Optional<String> say(String how, int calls) {
        if (calls <= PAGES_WORTH) {
            return Optional.empty();
        }
        int perMinute = budget.bulkLimitPerUser();
        int minutes = (calls - 1) / perMinute; // whole minutes the budget makes it wait
        String time = minutes == 0 ? "under a minute" : minutes + "-" + (minutes + 1) + " minutes";
        return Optional.of("This report needs " + how + " " + String.format("%,d", calls) + " Filevine calls, " + time
                + " (your reports may make " + perMinute + " a minute).");
    }
}
