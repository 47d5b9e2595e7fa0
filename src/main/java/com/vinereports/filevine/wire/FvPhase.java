package com.vinereports.filevine.wire;

/** {@code GET /ProjectTypes/{id}/phases}; no position is published: the order is the order listed. */
public class FvPhase {
    public FvId phaseId;
    public String name;
    public Boolean isPermanent;
}
