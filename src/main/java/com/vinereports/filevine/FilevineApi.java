package com.vinereports.filevine;

import com.vinereports.filevine.wire.FvCalendarItem;
import com.vinereports.filevine.wire.FvContact;
import com.vinereports.filevine.wire.FvDeadline;
import com.vinereports.filevine.wire.FvDocument;
import com.vinereports.filevine.wire.FvItemList;
import com.vinereports.filevine.wire.FvLocator;
import com.vinereports.filevine.wire.FvNote;
import com.vinereports.filevine.wire.FvOrgUser;
import com.vinereports.filevine.wire.FvPhase;
import com.vinereports.filevine.wire.FvProject;
import com.vinereports.filevine.wire.FvProjectContact;
import com.vinereports.filevine.wire.FvProjectType;
import com.vinereports.filevine.wire.FvTeamMember;
import com.vinereports.filevine.wire.FvUserOrgs;
import com.vinereports.filevine.wire.FvVital;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Filevine's API gateway, the operations reports need. Paths are case-sensitive and inconsistently cased
 * upstream ({@code /projects/{id}/deadlines} beside {@code /Projects/{id}/Notes}): copied exactly. A null
 * query parameter is left out of the request. Only {@link FilevineGateway} calls this.
 */
@RegisterRestClient(configKey = "filevine")
@RegisterClientHeaders(FilevineHeaders.class)
@RegisterProvider(FilevineJson.class)
@RegisterProvider(FilevineRefusal.Mapper.class)
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

    @GET
    @Path("/Users")
    FvItemList<FvOrgUser> users(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit);

    /**
     * Projects with Filevine's own filters and sorting. {@code projectTypeId} is not a published parameter: it is
     * sent in case Filevine applies it, and the gateway keeps only matters of that type either way.
     */
    @GET
    @Path("/Projects")
    FvItemList<FvProject> projects(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                                   @QueryParam("searchTerm") String searchTerm,
                                   @QueryParam("name") String name,
                                   @QueryParam("number") String number,
                                   @QueryParam("phaseName") String phaseName,
                                   @QueryParam("projectTypeId") Integer projectTypeId,
                                   @QueryParam("hashtags") String hashtags,
                                   @QueryParam("incidentDate") String incidentDate,
                                   @QueryParam("createdSince") String createdSince,
                                   @QueryParam("latestActivitySince") String latestActivitySince,
                                   @QueryParam("latestActivityBefore") String latestActivityBefore,
                                   @QueryParam("excludeArchived") Boolean excludeArchived,
                                   @QueryParam("sortBy") String sortBy,
                                   @QueryParam("orderBy") String orderBy,
                                   @QueryParam("requestedFields") String requestedFields);

    @GET
    @Path("/Projects/{projectId}")
    FvProject project(@PathParam("projectId") int projectId);

    @GET
    @Path("/Projects/{projectId}/Vitals")
    List<FvVital> vitals(@PathParam("projectId") int projectId);

    @GET
    @Path("/ProjectTypes")
    FvItemList<FvProjectType> projectTypes(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit);

    @GET
    @Path("/ProjectTypes/{projectTypeId}/phases")
    FvItemList<FvPhase> phases(@PathParam("projectTypeId") int projectTypeId,
                               @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit);

    @GET
    @Path("/Projects/{projectId}/contacts")
    FvItemList<FvProjectContact> projectContacts(@PathParam("projectId") int projectId,
                                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit);

    @GET
    @Path("/Contacts")
    FvItemList<FvContact> contacts(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                                   @QueryParam("searchTerm") String searchTerm);

    @GET
    @Path("/Contacts/{contactId}")
    FvContact contact(@PathParam("contactId") int contactId);

    /** Notes, tasks and emails; {@code filterByType} is Note, Task, Email...; created dates as ISO dates. */
    @GET
    @Path("/Projects/{projectId}/Notes")
    FvItemList<FvNote> notes(@PathParam("projectId") int projectId,
                             @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                             @QueryParam("filterByType") String filterByType,
                             @QueryParam("createdStart") String createdStart,
                             @QueryParam("createdEnd") String createdEnd);

    @GET
    @Path("/projects/{projectId}/deadlines")
    FvItemList<FvDeadline> deadlines(@PathParam("projectId") int projectId,
                                     @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit);

    /** A matter's tasks; {@code taskTargetEnd} (an ISO date-time) keeps those due by then. */
    @GET
    @Path("/projects/{projectId}/tasks")
    FvItemList<FvNote> projectTasks(@PathParam("projectId") int projectId,
                                    @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                                    @QueryParam("taskTargetEnd") String taskTargetEnd);

    /** The tasks assigned to a user, on every matter; open ones only unless {@code includeCompleted}. */
    @GET
    @Path("/users/{userId}/tasks")
    FvItemList<FvNote> userTasks(@PathParam("userId") int userId,
                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                                 @QueryParam("taskTargetEnd") String taskTargetEnd,
                                 @QueryParam("includeCompleted") Boolean includeCompleted);

    /** A user's calendar between two instants (ISO date-times); deadlines and appointments as asked. */
    @GET
    @Path("/users/{userId}/appointments")
    FvItemList<FvCalendarItem> userCalendar(@PathParam("userId") int userId,
                                            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                                            @QueryParam("includeDeadlines") Boolean includeDeadlines,
                                            @QueryParam("includeAppointments") Boolean includeAppointments,
                                            @QueryParam("fromDateTimeUtc") String fromDateTimeUtc,
                                            @QueryParam("toDateTimeUtc") String toDateTimeUtc);

    @GET
    @Path("/projects/{projectId}/team")
    FvItemList<FvTeamMember> team(@PathParam("projectId") int projectId,
                                  @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit);

    @GET
    @Path("/Documents")
    FvItemList<FvDocument> documents(@QueryParam("projectId") int projectId,
                                     @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit);

    @GET
    @Path("/Documents/{documentId}/locator")
    FvLocator locator(@PathParam("documentId") int documentId);
}
