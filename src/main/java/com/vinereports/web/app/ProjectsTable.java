package com.vinereports.web.app;

import com.vinereports.filevine.FilevineException;
import com.vinereports.filevine.ItemPage;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.filevine.ProjectRow;
import com.vinereports.reports.Projects;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The projects table's data: each page is one Filevine page with Filevine's own filters and sorting, so the
 * table never holds more than the rows it shows (one Filevine call per table view; count() is not asked).
 *
 * <p>Filevine says whether more pages follow, not always how many match (its {@code count} may count the page).
 * Until the total is known, the table offers one page more than it has seen and says "1-25 of more than 25";
 * once a page of this query has told the total (the last page, or a {@code count} larger than the pages), it
 * shows it, until the filters or the sort change.
 */
public class ProjectsTable extends LazyDataModel<ProjectRow> {

    private static final long serialVersionUID = 1L;

    /** Table columns that Filevine can sort by, by the column's field name. */
    static final Map<String, ProjectQuery.Sort> SORTABLE = Map.ofEntries(
            Map.entry("number", ProjectQuery.Sort.PROJECT_ID),
            Map.entry("projectName", ProjectQuery.Sort.PROJECT_NAME),
            Map.entry("clientName", ProjectQuery.Sort.CLIENT_NAME),
            Map.entry("projectTypeCode", ProjectQuery.Sort.PROJECT_TYPE_ID),
            Map.entry("phaseName", ProjectQuery.Sort.PHASE_NAME),
            Map.entry("phaseDate", ProjectQuery.Sort.PHASE_DATE),
            Map.entry("lastActivity", ProjectQuery.Sort.LAST_ACTIVITY),
            Map.entry("createdDate", ProjectQuery.Sort.CREATED_DATE),
            Map.entry("primary", ProjectQuery.Sort.FIRST_PRIMARY_NAME),
            Map.entry("daysIdle", ProjectQuery.Sort.LAST_ACTIVITY),
            Map.entry("daysInPhase", ProjectQuery.Sort.PHASE_DATE));

    /** Columns of days since a date: most days first is the oldest date first, so Filevine's order is turned. */
    static final Set<String> DAYS_SINCE = Set.of("daysIdle", "daysInPhase");

    private final Projects projects;
    private ProjectQuery query;

    ProjectsTable(Projects projects, ProjectQuery query) {
        this.projects = projects;
        this.query = query;
    }

    /** The total of the current query once a page has told it, or -1. */
    private int knownTotal = -1;
    /** The offset and size of the page last loaded. */
    private int shownFrom;
    private int shown;

    void filter(ProjectQuery changed) {
        this.query = changed;
        this.knownTotal = -1;
    }

    ProjectQuery query() {
        return query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0; // set by load(): the page answer carries the total
    }

    @Override
    public List<ProjectRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ProjectQuery sorted = sortBy.values().stream().findFirst()
                .filter(meta -> SORTABLE.containsKey(meta.getField()))
                .map(meta -> query.sortedBy(SORTABLE.get(meta.getField()),
                        (meta.getOrder() == SortOrder.DESCENDING) != DAYS_SINCE.contains(meta.getField())))
                .orElse(query);
        if (!sorted.equals(query)) {
            knownTotal = -1;
        }
        query = sorted;
        try {
            ItemPage<ProjectRow> page = projects.page(sorted, first, pageSize);
            if (page.total() >= 0) {
                knownTotal = page.total();
            }
            setRowCount(knownTotal >= 0 ? knownTotal
                    : first + page.items().size() + (page.hasMore() ? 1 : 0));
            shownFrom = first;
            shown = page.items().size();
            return page.items();
        } catch (FilevineException failure) {
            setRowCount(0);
            shown = 0;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, failure.getMessage(), null));
            return List.of();
        }
    }

    /**
     * What the rows shown are of: "26-50 of 300 matters" when the total is known, else "26-50 of more than 50
     * matters". Rendered by the server after the page is loaded (PrimeFaces' own page report is a client-side
     * template that cannot say "more than").
     */
    public String getPageReport() {
        if (shown == 0) {
            return knownTotal == 0 ? "No matters" : "";
        }
        String range = (shownFrom + 1) + "-" + (shownFrom + shown);
        return knownTotal >= 0 ? range + " of " + knownTotal + " matters"
                : range + " of more than " + (shownFrom + shown) + " matters";
    }

    @Override
    public String getRowKey(ProjectRow row) {
        return Integer.toString(row.id());
    }
}
