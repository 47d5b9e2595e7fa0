package com.vinereports.filevine.wire;

/**
 * A calendar entry of a user ({@code GET /users/{userId}/appointments}): with {@code includeDeadlines}, the
 * deadlines of the matters on the user's calendar, but without a done date: whether one is done only the
 * matter's deadline list says.
 */
public class FvCalendarItem {
    public String eventUniqueId;
    public String calendarEventType;
    public FvId projectId;
    public String startUtc;
    public Boolean allDay;
    public String title;
}
