package com.vinereports.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.sandbox.SeedData.SeedProject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedDataTest {

    @Test
    void theFirmHasTwoOrgsFiveUsersAndOneUserInBoth() {
        assertEquals(2, SeedData.ORGS.size());
        assertEquals(5, SeedData.USERS.size());
        assertEquals(1, SeedData.USERS.stream().filter(user -> user.memberships().size() == 2).count());
        assertEquals(5, SeedData.USERS.stream().map(SeedData.SeedUser::userId).distinct().count());
    }

    @Test
    void fiveHundredVariedProjectsSplitBetweenTheOrgs() {
        assertEquals(500, SeedData.projects().size());
        assertEquals(300, SeedData.projectsOf(7001).size());
        assertEquals(200, SeedData.projectsOf(7002).size());
        assertEquals(500, SeedData.projects().stream().map(SeedProject::projectId).distinct().count());
        assertEquals(4, SeedData.projects().stream().map(p -> p.type().id()).distinct().count());
        assertTrue(SeedData.projects().stream().map(SeedProject::phaseName).distinct().count() >= 15);
        long archived = SeedData.projects().stream().filter(SeedProject::archived).count();
        assertTrue(archived > 30 && archived < 100, "about 12 % archived: " + archived);
        Set<Integer> createdYears = SeedData.projects().stream().map(p -> p.createdDate().getYear()).collect(Collectors.toSet());
        assertTrue(createdYears.size() >= 4, "created over several years: " + createdYears);
    }

    @Test
    void aBigFirmHasTheAskedNumberOfMattersWithDistinctIds() {
        SeedData.Firm big = SeedData.firm(10_001, 7);
        assertEquals(10_001, big.projectsOf(7001).size());
        assertEquals(7, big.projectsOf(7002).size());
        assertEquals(10_008, big.byId().size());
        assertTrue(big.projectsOf(7002).stream().allMatch(p -> SeedData.typesOf(7002).contains(p.type())),
                "each org only has matters of its own project types");
    }

    @Test
    void projectsArePrimaryAssignedToMembersOfTheirOrg() {
        assertTrue(SeedData.projects().stream().allMatch(p -> p.primary().in(p.orgId()).isPresent()));
    }

    @Test
    void theSeedIsDeterministic() {
        assertEquals(SeedData.projects(), SeedData.firm(300, 200).projects(), "a second generation gives the very same firm");
    }

    @Test
    void everyMattersDatesAgree() {
        java.time.LocalDate today = SeedData.REFERENCE_DATE;
        for (SeedProject p : SeedData.projects()) {
            java.time.LocalDate activity = p.lastActivity().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            assertTrue(!p.incidentDate().isAfter(p.createdDate()) && !p.createdDate().isAfter(p.phaseDate())
                    && !p.phaseDate().isAfter(activity) && !activity.isAfter(today),
                    "incident <= created <= phase date <= last activity <= today: " + p);
            ProjectDetails details = ProjectDetails.of(p);
            java.time.Instant created = p.createdDate().atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            details.notes().forEach(n -> assertTrue(!n.createdAt().isBefore(created) && !n.createdAt().isAfter(p.lastActivity()), n.toString()));
            details.documents().forEach(d -> assertTrue(!d.uploadDate().isBefore(created) && !d.uploadDate().isAfter(p.lastActivity()), d.toString()));
        }
    }
}
