package com.vinereports.filevine;

import com.vinereports.filevine.wire.FvId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading Filevine's loosely typed values: ids may be missing, dates come as ISO strings of varying precision. */
final class WireValues {

    private WireValues() {
    }

    static int id(FvId id) {
        return id == null || id.nativeId == null ? 0 : id.nativeId;
    }

    static Integer idOrNull(FvId id) {
        return id == null ? null : id.nativeId;
    }

    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value + (value.length() == 19 ? "Z" : ""));
            } catch (DateTimeParseException notInstant) {
                LocalDate day = day(value);
                return day == null ? null : day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            }
        }
    }

    static LocalDate day(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
