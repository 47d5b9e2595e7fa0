package com.vinereports.web;

import com.vinereports.auth.FilevineSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/** The public landing page: log in, or read which settings an administrator still has to provide. */
@Named
@RequestScoped
public class LandingBacking {

    @Inject
    FilevineSettings settings;


    public List<String> getProblems() {
        return settings.problems();
    }

    public boolean isReady() {
        return settings.complete();
    }

    public boolean isSignedOut() {
        return Faces.getExternalContext().getRequestParameterMap().containsKey("signedOut");
    }

    public boolean isSignedIn() {
        return Faces.getExternalContext().getUserPrincipal() != null;
    }

    public String getRegion() {
        return settings.region().name();
    }
}
