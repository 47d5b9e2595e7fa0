package com.vinereports.web.app;

import com.vinereports.history.HistoryReports;
import com.vinereports.history.Trends;
import com.vinereports.reports.ProgressListener;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.omnifaces.util.Faces;

/** Trends: open and stale matters over time (daily or weekly, from the URL), created and archived per month. */
@Named
@ViewScoped
public class TrendsBacking extends DeferredReportPage<Trends> {

    private static final long serialVersionUID = 1L;

    @Inject
    HistoryReports reports;

    private boolean weekly;

    public TrendsBacking() {
        super("trends");
    }

    @PostConstruct
    void load() {
        weekly = "weekly".equals(Faces.getExternalContext().getRequestParameterMap().get("period"));
    }

    @Override
    Trends fetch(ProgressListener listener) {
        return reports.trends(weekly, listener);
    }

    @Override
    int size(Trends trends) {
        return trends.points().size();
    }

    public Trends getTrends() {
        return report();
    }

    public boolean isWeekly() {
        return weekly;
    }

    /** The largest open count shown: the bars' 100%. */
    public int getScale() {
        Trends trends = report();
        return trends == null ? 1 : Math.max(1, trends.points().stream().mapToInt(Trends.Point::open).max().orElse(1));
    }

    /** The largest monthly count: the month bars' 100%. */
    public int getMonthScale() {
        Trends trends = report();
        return trends == null ? 1 : Math.max(1, trends.months().stream()
                .mapToInt(m -> Math.max(m.created(), m.archived() == null ? 0 : m.archived())).max().orElse(1));
    }

    /** Newest first on the page: the last days matter most, and the table can be long. */
    public List<Trends.Point> getNewestFirst() {
        Trends trends = report();
        if (trends == null) {
            return List.of();
        }
        List<Trends.Point> points = new ArrayList<>(trends.points());
        Collections.reverse(points);
        return points;
    }

    public String refresh() {
        reports.refresh();
        return "/app/trends?faces-redirect=true" + (weekly ? "&period=weekly" : "");
    }
}
