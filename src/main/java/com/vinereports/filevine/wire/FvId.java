package com.vinereports.filevine.wire;

import jakarta.json.bind.annotation.JsonbProperty;

/** Filevine's id pair: a native int and an optional partner id (addressed with a leading {@code @}). */
public class FvId {
    @JsonbProperty("native")
    public Integer nativeId;
    public String partner;
}
