package com.vinereports.web.app;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.Org;
import com.vinereports.auth.ReturnTo;
import com.vinereports.web.OrgPreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;

/** The org picker for users in several orgs; the choice is kept for the session and for the next login. */
@Named
@RequestScoped
public class OrgsBacking {

    @Inject
    FilevineIdentity identity;


    public List<Org> getOrgs() {
        return identity.getOrgs();
    }

    public boolean isNone() {
        return identity.getOrgs().isEmpty();
    }

    public void choose(int orgId) throws IOException {
        HttpServletRequest request = (HttpServletRequest) Faces.getExternalContext().getRequest();
        if (!identity.choose(orgId)) {
            Faces.getExternalContext().redirect(request.getContextPath() + "/app/orgs.xhtml");
            return;
        }
        OrgPreference.write(request, (HttpServletResponse) Faces.getExternalContext().getResponse(), orgId);
        Faces.getExternalContext().redirect(request.getContextPath() + ReturnTo.take(request, "/app/profile.xhtml"));
    }
}
