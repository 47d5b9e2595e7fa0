package com.vinereports.web.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vinereports.filevine.Vital;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pages' one way to format: the forms a paralegal reads, in their locale and time zone. */
class FormatsTest {

    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z"); // still Nov 29 in Denver

    static Formats formats(Locale locale, String zone) {
        Formats formats = new Formats().in(locale, ZoneId.of(zone));
        formats.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        formats.currency = "USD";
        return formats;
    }

    @Test
    void datesAndTimesInTheUsersLocaleAndZone() {
        Formats denver = formats(Locale.US, "America/Denver");
        assertEquals("Nov 19, 2026", denver.date(LocalDate.of(2026, 11, 19)));
        assertEquals("Oct 14, 2025, 10:04 AM", denver.dateTime(Instant.parse("2025-10-14T16:04:00Z"))
                .replace('\u202f', ' '));
        assertEquals("Nov 29, 2026", denver.date(NOW), "an instant on the user's own calendar");
        assertEquals("30.11.2026", formats(Locale.GERMANY, "Europe/Berlin").date(NOW));
        assertEquals("", denver.date(null));
    }

    @Test
    void agesWherePeopleThinkInAges() {
        Formats utc = formats(Locale.US, "UTC");
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertEquals("today", utc.ago(today));
        assertEquals("yesterday", utc.ago(today.minusDays(1)));
        assertEquals("5 days ago", utc.ago(today.minusDays(5)));
        assertEquals("3 weeks ago", utc.ago(today.minusDays(21)));
        assertEquals("4 months ago", utc.ago(today.minusDays(125)));
        assertEquals("2 years ago", utc.ago(today.minusDays(800)));
        assertEquals("in 3 days", utc.ago(today.plusDays(3)));
        assertEquals(47L, utc.days(today.minusDays(47)));
        assertEquals("Sep 17, 2026 (74 days)", utc.since(LocalDate.of(2026, 9, 17)));
    }

    @Test
    void vitalsByTheirFieldType() {
        Formats us = formats(Locale.US, "UTC");
        assertEquals("$20,000.00", us.vital(new Vital("estimatedValue", "Estimated value", "Currency", "20000")));
        assertEquals("Mar 2, 2025", us.vital(new Vital("incidentDate", "Incident date", "Date", "2025-03-02")));
        assertEquals("Yes", us.vital(new Vital("minor", "Minor", "Boolean", "true")));
        assertEquals("1,250", us.vital(new Vital("n", "N", "Integer", "1250")));
        assertEquals("Rivera", us.vital(new Vital("client", "Client", "String", "Rivera")));
        assertEquals("n/a", us.vital(new Vital("v", "V", "Currency", "n/a")), "not of its type: as it came");
        assertEquals("20.000,00 $", formats(Locale.GERMANY, "UTC").vital(new Vital("v", "V", "Currency", "20000"))
                .replace('\u00a0', ' '));
    }
}
