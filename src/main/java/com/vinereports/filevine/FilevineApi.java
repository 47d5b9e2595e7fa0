package com.vinereports.filevine;

import com.vinereports.filevine.wire.FvOrgUser;
import com.vinereports.filevine.wire.FvUserOrgs;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Filevine's API gateway. Paths are case-sensitive and inconsistently cased upstream: copied exactly.
 * Only {@link FilevineGateway} calls this.
 */
@RegisterRestClient(configKey = "filevine")
@RegisterClientHeaders(FilevineHeaders.class)
@Path("/fv-app/v2")
@Produces(MediaType.APPLICATION_JSON)
public interface FilevineApi {

    /** The one call without tenant headers: who the token belongs to, and their orgs. */
    @POST
    @Path("/utils/GetUserOrgsWithToken")
    FvUserOrgs getUserOrgsWithToken();

    @GET
    @Path("/Users/Me")
    FvOrgUser usersMe();
}
