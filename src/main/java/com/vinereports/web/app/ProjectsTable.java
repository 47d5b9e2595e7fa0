package com.vinereports.web.app;

import com.vinereports.filevine.FilevineException;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.reports.ProjectRow;
import com.vinereports.reports.Projects;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The projects table's data: each page is one Filevine page with Filevine's own filters and sorting, so the
 * table never holds more than the rows it shows. The total comes with the page (count() is not asked
 * separately: one Filevine call per table view).
 */
public class ProjectsTable extends LazyDataModel<ProjectRow> {

    private static final long serialVersionUID = 1L;

    /** Table columns that Filevine can sort by, by the column's field name. */
    static final Map<String, ProjectQuery.Sort> SORTABLE = Map.of(
            "number", ProjectQuery.Sort.PROJECT_ID,
            "projectName", ProjectQuery.Sort.PROJECT_NAME,
            "clientName", ProjectQuery.Sort.CLIENT_NAME,
            "projectTypeCode", ProjectQuery.Sort.PROJECT_TYPE_ID,
            "phaseName", ProjectQuery.Sort.PHASE_NAME,
            "phaseDate", ProjectQuery.Sort.PHASE_DATE,
            "lastActivity", ProjectQuery.Sort.LAST_ACTIVITY,
            "createdDate", ProjectQuery.Sort.CREATED_DATE,
            "primary", ProjectQuery.Sort.FIRST_PRIMARY_NAME);

    private final Projects projects;
    private ProjectQuery query;

    ProjectsTable(Projects projects, ProjectQuery query) {
        this.projects = projects;
        this.query = query;
    }

    void filter(ProjectQuery changed) {
        this.query = changed;
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
                .map(meta -> query.sortedBy(SORTABLE.get(meta.getField()), meta.getOrder() == SortOrder.DESCENDING))
                .orElse(query);
        query = sorted;
        try {
            Projects.Page page = projects.page(sorted, first, pageSize);
            setRowCount(page.total());
            return page.rows();
        } catch (FilevineException failure) {
            setRowCount(0);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, failure.getMessage(), null));
            return List.of();
        }
    }

    @Override
    public String getRowKey(ProjectRow row) {
        return Integer.toString(row.id());
    }
}
