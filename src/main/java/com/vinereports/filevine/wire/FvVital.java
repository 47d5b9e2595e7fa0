package com.vinereports.filevine.wire;

import jakarta.json.JsonValue;

/** One of a project's vitals ({@code GET /Projects/{id}/Vitals}); {@code value} is described as "any". */
public class FvVital {
    public String fieldName;
    public String friendlyName;
    public String fieldType;
    public JsonValue value;
    public Integer position;
}
