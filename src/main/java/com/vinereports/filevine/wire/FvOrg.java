package com.vinereports.filevine.wire;

/** An org the user belongs to; {@code orgId} is a plain integer here (the one id that is not an object). */
public class FvOrg {
    public Integer orgId;
    public String name;
}
