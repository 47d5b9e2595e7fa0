package com.vinereports.filevine.wire;

import java.util.List;

/** Answer of {@code POST /fv-app/v2/utils/GetUserOrgsWithToken}. */
public class FvUserOrgs {
    public FvUser user;
    public List<FvOrg> orgs;
}
