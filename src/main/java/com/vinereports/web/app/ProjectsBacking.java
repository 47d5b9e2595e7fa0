package com.vinereports.web.app;

import com.vinereports.filevine.FilevineException;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.reports.Directory;
import com.vinereports.reports.ProjectFilters;
import com.vinereports.reports.Projects;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.omnifaces.util.Faces;
import org.primefaces.component.datatable.DataTable;

/**
 * The projects list: Filevine's filters in a form, a lazy table (one Filevine page per table page), a column
 * chooser. Filters come from the URL too, so every dashboard number links to its list.
 */
@Named
@ViewScoped
public class ProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The table's client id in projects.xhtml (its form does not prefix ids). */
    static final String TABLE_ID = "projects-table";

    @Inject
    Projects projects;

    @Inject
    Directory directory;


    private String search;
    private String phase;
    private Integer type;
    private LocalDate createdSince;
    private LocalDate activitySince;
    private LocalDate activityBefore;
    private boolean includeArchived;
    private List<Directory.ProjectType> types = List.of();
    private String problem;
    private ProjectsTable table;

    @PostConstruct
    void init() {
        Map<String, String> params = Faces.getExternalContext().getRequestParameterMap();
        ProjectQuery fromUrl;
        try {
            fromUrl = ProjectFilters.read(params::get);
        } catch (ProjectFilters.Invalid invalid) {
            problem = "This link has a filter the list cannot use (" + invalid.getMessage() + "); showing all matters.";
            fromUrl = ProjectQuery.ALL;
        }
        search = fromUrl.searchTerm();
        phase = fromUrl.phaseName();
        type = fromUrl.projectTypeId();
        createdSince = fromUrl.createdSince();
        activitySince = day(fromUrl.latestActivitySince());
        activityBefore = day(fromUrl.latestActivityBefore());
        includeArchived = !fromUrl.excludeArchived();
        try {
            types = directory.projectTypes();
        } catch (FilevineException failure) {
            problem = failure.getMessage();
        }
        table = new ProjectsTable(projects, query().sortedBy(fromUrl.sortBy(), fromUrl.descending()));
    }

    /** The current filters and sort as a query string, for the export links. */
    public String getFilterQuery() {
        ProjectQuery current = table.query();
        return ProjectFilters.write(query().sortedBy(current.sortBy(), current.descending()));
    }

    /** The form's "Apply": the table starts again at page one with the new filters. */
    public void apply() {
        ProjectQuery current = table.query();
        table.filter(query().sortedBy(current.sortBy(), current.descending()));
        // The table keeps its own paging position: without this, filtering from page 2 showed "26-44 of 44".
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().invokeOnComponent(context, TABLE_ID, (unused, table) -> {
            if (table instanceof DataTable shown) {
                shown.setFirst(0);
            }
        });
    }

    ProjectQuery query() {
        return ProjectQuery.ALL
                .withSearchTerm(blankToNull(search))
                .withPhaseName(blankToNull(phase))
                .withProjectTypeId(type)
                .withCreatedSince(createdSince)
                .withLatestActivity(start(activitySince), start(activityBefore))
                .withExcludeArchived(!includeArchived);
    }

    public List<String> getPhases() {
        TreeSet<String> names = new TreeSet<>();
        types.stream().filter(t -> type == null || t.id() == type).forEach(t -> names.addAll(t.phases()));
        return List.copyOf(names);
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }


    private static LocalDate day(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    public ProjectsTable getTable() {
        return table;
    }

    public List<Directory.ProjectType> getTypes() {
        return types;
    }

    public String getProblem() {
        return problem;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public Integer getType() {
        return type;
    }

    public void setType(Integer type) {
        this.type = type;
    }

    public LocalDate getCreatedSince() {
        return createdSince;
    }

    public void setCreatedSince(LocalDate createdSince) {
        this.createdSince = createdSince;
    }

    public LocalDate getActivitySince() {
        return activitySince;
    }

    public void setActivitySince(LocalDate activitySince) {
        this.activitySince = activitySince;
    }

    public LocalDate getActivityBefore() {
        return activityBefore;
    }

    public void setActivityBefore(LocalDate activityBefore) {
        this.activityBefore = activityBefore;
    }

    public boolean isIncludeArchived() {
        return includeArchived;
    }

    public void setIncludeArchived(boolean includeArchived) {
        this.includeArchived = includeArchived;
    }
}
