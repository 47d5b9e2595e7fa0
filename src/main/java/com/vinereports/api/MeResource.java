package com.vinereports.api;

import com.vinereports.Jsonp;
import com.vinereports.filevine.FilevineGateway;
import com.vinereports.filevine.OrgMembership;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in user as a member of the chosen org, straight from Filevine ({@code Users/Me}). */
@Path("v1/me")
@RequestScoped
public class MeResource {

    @Inject
    FilevineGateway gateway;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject me() {
        OrgMembership me = gateway.me();
        var answer = Jsonp.object()
                .add("orgUserId", me.orgUserId())
                .add("active", me.active());
        addIfPresent(answer, "userName", me.userName());
        addIfPresent(answer, "email", me.email());
        addIfPresent(answer, "accessLevel", me.accessLevel());
        addIfPresent(answer, "org", me.orgName());
        return answer.build();
    }

    private static void addIfPresent(jakarta.json.JsonObjectBuilder answer, String name, String value) {
        if (value != null) {
            answer.add(name, value);
        }
    }
}
