package com.vinereports.filevine.wire;

import java.io.Serializable;

import jakarta.json.bind.annotation.JsonbProperty;

/** Filevine's id pair: a native int and an optional partner id (addressed with a leading {@code @}). */
public class FvId implements Serializable {
    @JsonbProperty("native")
    public Integer nativeId;
    public String partner;
}
