package com.vinereports.filevine.wire;

import java.io.Serializable;

public class FvOrg implements Serializable {
    public Integer orgId;
    public String name;
}
