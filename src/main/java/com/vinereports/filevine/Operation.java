package com.vinereports.filevine;

/**
 * The Filevine operations the app calls, as values: a failure's meaning depends on what was asked (a 403 or
 * 500 about one matter means "not on this matter"), and that must not hang on how a log line spells it.
 */
public enum Operation {
    USER_ORGS("utils/GetUserOrgsWithToken", false),
    USERS_ME("Users/Me", false),
    USERS("Users", false),
    PROJECTS("Projects", false),
    PROJECT("Projects/{id}", true),
    VITALS("Projects/{id}/Vitals", true),
    PROJECT_CONTACTS("Projects/{id}/contacts", true),
    NOTES("Projects/{id}/Notes", true),
    DEADLINES("projects/{id}/deadlines", true),
    TEAM("projects/{id}/team", true),
    PROJECT_TASKS("projects/{id}/tasks", true),
    USER_TASKS("users/{id}/tasks", false),
    USER_CALENDAR("users/{id}/appointments", false),
    DOCUMENTS("Documents", false),
    LOCATOR("Documents/{id}/locator", false),
    PROJECT_TYPES("ProjectTypes", false),
    PHASES("ProjectTypes/{id}/phases", false),
    CONTACTS("Contacts", false),
    CONTACT("Contacts/{id}", false);

    private final String path;
    private final boolean aboutOneProject;

    Operation(String path, boolean aboutOneProject) {
        this.path = path;
        this.aboutOneProject = aboutOneProject;
    }

    /** Filevine's path after {@code /fv-app/v2/}, ids as {@code {id}}: what logs name. */
    public String path() {
        return path;
    }

    /**
     * About one matter: Filevine answers 403, or 500, when the user is not on that matter, which is then a
     * refusal about the matter, not a failure of Filevine.
     */
    boolean aboutOneProject() {
        return aboutOneProject;
    }

    @Override
    public String toString() {
        return path;
    }
}
