package com.vinereports.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading query parameters strictly: a wrong value is a 400 that names it, never a silent default. */
final class Params {

    private Params() {
    }

    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw new BadParameter(name, "a whole number from " + min + " to " + max);
            }
            return parsed;
        } catch (NumberFormatException notANumber) {
            throw new BadParameter(name, "a whole number from " + min + " to " + max);
        }
    }


    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            throw new BadParameter(name, "a date like 2026-11-01");
        }
    }


    static boolean bool(String name, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new BadParameter(name, "true or false");
        };
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
