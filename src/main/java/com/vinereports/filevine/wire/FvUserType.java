package com.vinereports.filevine.wire;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * {@code UserType}, described as an integer enum with names (0..4 = Customer ... ServiceAccount). Which of the
 * two the wire carries is not documented, so both are read; a number or name this version does not know is
 * {@link #UNKNOWN}, not a failure: a new kind of user must not make the whole answer unreadable.
 */
public enum FvUserType {
    CUSTOMER, FEDERATED_CUSTOMER, PARTNER, EMPLOYEE, SERVICE_ACCOUNT, UNKNOWN;

    /** From the wire: a number, a name in any case ({@code "ServiceAccount"}), or null/absent. */
    public static FvUserType of(JsonValue wire) {
        if (wire instanceof JsonNumber number) {
            return number.isIntegral() ? byNumber(number.longValue()) : UNKNOWN;
        }
        if (wire instanceof JsonString text) {
            String name = text.getString().trim().replace("_", "").toLowerCase(Locale.ROOT);
            for (FvUserType type : values()) {
                if (type.name().replace("_", "").toLowerCase(Locale.ROOT).equals(name)) {
                    return type;
                }
            }
            return !name.isEmpty() && name.length() < 10 && name.chars().allMatch(Character::isDigit)
                    ? byNumber(Long.parseLong(name)) : UNKNOWN;
        }
        return null;
    }

    private static FvUserType byNumber(long number) {
        return number >= 0 && number < UNKNOWN.ordinal() ? values()[(int) number] : UNKNOWN;
    }
}
