package com.vinereports.filevine.wire;

import java.io.Serializable;

/** One of a project's vitals ({@code GET /Projects/{id}/Vitals}). */
public class FvVital implements Serializable {
    public String fieldName;
    public String friendlyName;
    public String fieldType;
    public String value;
    public Integer position;
}
