package com.vinereports.web.format;

import com.vinereports.filevine.Vital;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One way to show values on the pages ({@code #{fmt.date(x)}}): dates in the user's locale (the browser's
 * Accept-Language) and time zone ({@link UserZone}), ages where people think in ages ("47 days", "3 weeks ago"),
 * money by the vital's field type, booleans as words. CSV and JSON keep ISO forms.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    UserZone userZone;

    @Inject
    @ConfigProperty(name = "vine.currency", defaultValue = "USD")
    String currency;

    @Inject
    @ConfigProperty(name = "vine.time-zone", defaultValue = "UTC")
    String defaultZone;

    Clock clock = Clock.systemUTC();
    private Locale locale = Locale.US;
    private ZoneId zone = ZoneId.of("UTC");

    @PostConstruct
    void forThisRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            locale = faces.getExternalContext().getRequestLocale();
            zone = userZone.of((HttpServletRequest) faces.getExternalContext().getRequest(), defaultZone);
        }
    }

    Formats in(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        return this;
    }

    /** "Nov 19, 2026": a LocalDate as it is, an Instant on the user's calendar; empty for null. */
    public String date(Object value) {
        LocalDate day = day(value);
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** "Oct 14, 2025, 4:04 PM" in the user's zone. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** "Oct 14, 2025, 4:04:32 PM": to the second, for what happens within minutes (a token's expiry). */
    public String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** Whole days from the value's day to today on the user's calendar (negative: in the future); null for null. */
    public Long days(Object value) {
        LocalDate day = day(value);
        return day == null ? null : ChronoUnit.DAYS.between(day, today());
    }

    /** "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "2 years ago"; "in 3 days" ahead. */
    public String ago(Object value) {
        Long days = days(value);
        if (days == null) {
            return "";
        }
        if (days < 0) {
            return days == -1 ? "tomorrow" : "in " + span(-days);
        }
        return days == 0 ? "today" : days == 1 ? "yesterday" : span(days) + " ago";
    }

    /** "Sep 17, 2026 (73 days)": a date and how long since. */
    public String since(Object value) {
        Long days = days(value);
        return days == null ? "" : date(value) + " (" + days + (days == 1 ? " day)" : " days)");
    }

    private static String span(long days) {
        if (days < 14) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 60) {
            return days / 7 + " weeks";
        }
        if (days < 730) {
            return days / 30 + " months";
        }
        return days / 365 + " years";
    }

    /** A vital by its Filevine field type: money, dates, yes/no, numbers; text as it is. */
    public String vital(Vital vital) {
        String value = vital.value();
        if (value == null || value.isBlank()) {
            return "";
        }
        String type = vital.type() == null ? "" : vital.type().toLowerCase(Locale.ROOT);
        try {
            switch (type) {
                case "currency", "money" -> {
                    NumberFormat money = NumberFormat.getCurrencyInstance(locale);
                    money.setCurrency(Currency.getInstance(currency.trim()));
                    return money.format(new BigDecimal(value.trim()));
                }
                case "date", "datetime" -> {
                    return value.length() > 10 ? dateTime(Instant.parse(value.trim())) : date(LocalDate.parse(value.trim()));
                }
                case "boolean", "bool", "checkbox" -> {
                    return yesNo(Boolean.parseBoolean(value.trim()));
                }
                case "integer", "decimal", "number", "percent" -> {
                    return NumberFormat.getNumberInstance(locale).format(new BigDecimal(value.trim()));
                }
                default -> {
                    return value;
                }
            }
        } catch (RuntimeException notOfItsType) {
            return value; // Filevine's value as it came, rather than nothing
        }
    }

    /** This moment, for a printed report's header. */
    public String now() {
        return dateTime(clock.instant());
    }

    /** The page's parameters as a reader sees them ("days 60, period weekly"), for a printed report's header. */
    public String filters() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        faces.getExternalContext().getRequestParameterMap().forEach((name, value) -> {
            if (name.matches("[a-zA-Z]{1,20}") && !name.equals("id") && value.length() <= 60) {
                text.append(text.length() == 0 ? "" : ", ").append(name).append(' ').append(value);
            }
        });
        return text.toString();
    }

    public String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    /** 1,234 in the user's locale. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private LocalDate day(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
        return null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
