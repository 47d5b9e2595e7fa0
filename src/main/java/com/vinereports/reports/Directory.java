package com.vinereports.reports;

import com.vinereports.filevine.Contact;
import com.vinereports.filevine.FilevineGateway;
import com.vinereports.filevine.ItemPage;
import com.vinereports.filevine.OrgUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/** The org's project types (with their phases), contacts and users. */
@ApplicationScoped
public class Directory {

    @Inject
    FilevineGateway gateway;

    /** A project type and its phases in Filevine's order. */
    public record ProjectType(int id, String name, List<String> phases) implements Serializable {
    }

    /**
     * A page of contacts.
     *
     * @param total how many match in all, or null while Filevine's answers have not told it (see {@link ItemPage})
     */
    public record ContactPage(List<Contact> contacts, Integer total, boolean hasMore, int offset, int limit) {
    }

    /** Project types with their phases in order (kept by the gateway for 15 minutes). */
    public List<ProjectType> projectTypes() {
        return gateway.projectTypes().stream()
                .map(type -> new ProjectType(type.id(), type.name(), List.copyOf(gateway.phases(type.id()))))
                .toList();
    }

    public ContactPage contacts(String name, int offset, int limit) {
        ItemPage<Contact> page = gateway.contactsPage(name, offset, limit);
        return new ContactPage(page.items(), page.total() < 0 ? null : page.total(), page.hasMore(), offset, limit);
    }

    public Contact contact(int id) {
        return gateway.contact(id);
    }

    public List<OrgUser> users() {
        return gateway.users();
    }
}
