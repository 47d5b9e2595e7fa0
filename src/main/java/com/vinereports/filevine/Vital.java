package com.vinereports.filevine;

import java.io.Serializable;

/** One of a matter's vitals; {@code value} as text (Filevine sends any JSON kind), {@code type} Filevine's field type. */
public record Vital(String name, String label, String type, String value) implements Serializable {
}
