package com.vinereports.reports;

import com.vinereports.filevine.FilevineGateway;
import com.vinereports.filevine.wire.FvContact;
import com.vinereports.filevine.wire.FvItemList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** The org's project types (with their phases), contacts and users. */
@ApplicationScoped
public class Directory {

    @Inject
    FilevineGateway gateway;

    public record ProjectType(int id, String name, String code, List<String> phases) implements Serializable {
    }

    public record Contact(int id, String fullName, List<String> types, List<String> phones, List<String> emails)
            implements Serializable {
    }

    public record User(int orgUserId, int userId, String username, String email, String accessLevel)
            implements Serializable {
    }

    public record ContactPage(List<Contact> contacts, int total, int offset, int limit) {
    }

    /** Project types with their phases in order (cached by the gateway for the session). */
    public List<ProjectType> projectTypes() {
        return gateway.projectTypes().stream().map(type -> {
            int id = WireValues.id(type.projectTypeId);
            List<String> phases = gateway.phases(id).stream()
                    .sorted(Comparator.comparing(p -> p.position == null ? Integer.MAX_VALUE : p.position))
                    .map(phase -> phase.name).toList();
            return new ProjectType(id, type.name, type.code, phases);
        }).toList();
    }

    public ContactPage contacts(String name, int offset, int limit) {
        FvItemList<FvContact> page = gateway.contactsPage(name, offset, limit);
        List<Contact> contacts = page.items == null ? List.of() : page.items.stream().map(Directory::contact).toList();
        int total = page.count != null && page.count >= contacts.size() ? page.count : offset + contacts.size();
        return new ContactPage(contacts, total, offset, limit);
    }

    public Contact contact(int id) {
        return contact(gateway.contact(id));
    }

    public List<User> users() {
        return gateway.users().stream().map(u -> new User(u.orgUserId == null ? 0 : u.orgUserId,
                u.user == null ? 0 : WireValues.id(u.user.userId), u.userName, u.email,
                u.permissions == null ? null : u.permissions.accessLevel)).toList();
    }

    private static Contact contact(FvContact c) {
        return new Contact(WireValues.id(c.personId), c.fullName,
                c.personTypes == null ? List.of() : List.copyOf(c.personTypes),
                c.phones == null ? List.of() : c.phones.stream().map(p -> p.number).toList(),
                c.emails == null ? List.of() : c.emails.stream().map(e -> e.address).toList());
    }
}
