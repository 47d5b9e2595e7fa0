package com.vinereports.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.testing.FakeSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewScopeLeftoversTest {

    /** Mojarra's two attributes: the active view maps by id, and the bean descriptors by view map id. */
    private static FakeSession session(Set<String> active, Set<String> described) {
        FakeSession fake = new FakeSession("s");
        Map<String, Object> viewMaps = new LinkedHashMap<>();
        active.forEach(id -> viewMaps.put(id, new ConcurrentHashMap<>()));
        Map<Object, Object> contexts = new ConcurrentHashMap<>();
        described.forEach(id -> contexts.put(id, new ConcurrentHashMap<>(Map.of("bean", "descriptor"))));
        fake.attributes.put(ViewScopeLeftovers.VIEW_MAPS, viewMaps);
        fake.attributes.put(ViewScopeLeftovers.VIEW_CONTEXTS, contexts);
        return fake;
    }

    @Test
    void theDescriptorsOfViewMapsNoLongerActiveAreForgottenAndTheSessionIsToldSo() {
        FakeSession fake = session(Set.of("v3", "v4"), Set.of("v1", "v2", "v3", "v4"));
        assertTrue(ViewScopeLeftovers.forgetInactive(fake.session));
        assertEquals(Set.of("v3", "v4"), ((Map<?, ?>) fake.attributes.get(ViewScopeLeftovers.VIEW_CONTEXTS)).keySet());
        assertEquals(1, fake.attributesSet, "set again, for a cluster to replicate the smaller map");
    }

    @Test
    void nothingIsTouchedWhenEveryDescriptorBelongsToAnActiveView() {
        FakeSession fake = session(Set.of("v1", "v2"), Set.of("v1", "v2"));
        assertFalse(ViewScopeLeftovers.forgetInactive(fake.session));
        assertEquals(2, ((Map<?, ?>) fake.attributes.get(ViewScopeLeftovers.VIEW_CONTEXTS)).size());
        assertEquals(0, fake.attributesSet);
    }

    @Test
    void aSessionWithoutMojarrasAttributesIsLeftAlone() {
        FakeSession fake = new FakeSession("s");
        assertFalse(ViewScopeLeftovers.forgetInactive(fake.session));
        assertEquals(0, fake.attributesSet);
    }
}
