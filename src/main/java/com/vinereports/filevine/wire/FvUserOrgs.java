package com.vinereports.filevine.wire;

import java.io.Serializable;

import java.util.List;

/** Answer of {@code POST /fv-app/v2/utils/GetUserOrgsWithToken}. */
public class FvUserOrgs implements Serializable {
    public FvUser user;
    public List<FvOrg> orgs;
}
