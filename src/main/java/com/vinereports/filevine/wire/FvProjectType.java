package com.vinereports.filevine.wire;

import java.io.Serializable;

/** {@code GET /ProjectTypes}. */
public class FvProjectType implements Serializable {
    public FvId projectTypeId;
    public String name;
    public String code;
    public Boolean isActive;
}
