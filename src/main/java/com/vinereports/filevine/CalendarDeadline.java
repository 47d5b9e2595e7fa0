package com.vinereports.filevine;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A deadline as a user's calendar lists it: which matter, when, what. The calendar does not say whether it is
 * done; the matter's own deadline list does ({@link Deadline}).
 */
public record CalendarDeadline(int projectId, LocalDate due, String title) implements Serializable {
}
