package com.vinereports.filevine.wire;

import java.io.Serializable;

/** {@code GET /ProjectTypes/{id}/phases}. */
public class FvPhase implements Serializable {
    public FvId phaseId;
    public String name;
    public Boolean isPermanent;
    public Integer position;
}
