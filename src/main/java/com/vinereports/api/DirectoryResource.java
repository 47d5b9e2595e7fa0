package com.vinereports.api;

import com.vinereports.filevine.Contact;
import com.vinereports.filevine.OrgUser;
import com.vinereports.reports.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The org's project types with phases, contacts, users. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    Directory directory;

    @GET
    @Path("project-types")
    public List<Directory.ProjectType> projectTypes() {
        return directory.projectTypes();
    }

    @GET
    @Path("contacts")
    public Directory.ContactPage contacts(@QueryParam("name") String name, @QueryParam("offset") String offset,
                                          @QueryParam("limit") String limit) {
        return directory.contacts(Params.text(name), Params.integer("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.integer("limit", limit, 50, 1, 1000));
    }

    @GET
    @Path("contacts/{id}")
    public Contact contact(@PathParam("id") String id) {
        return directory.contact(Params.integer("id", id, 0, 1, Integer.MAX_VALUE));
    }

    @GET
    @Path("users")
    public List<OrgUser> users() {
        return directory.users();
    }
}
