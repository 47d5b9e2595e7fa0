package com.vinereports.filevine.wire;

public class FvOrg {
    public Integer orgId;
    public String name;
}
