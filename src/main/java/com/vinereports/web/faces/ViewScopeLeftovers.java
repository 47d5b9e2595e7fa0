package com.vinereports.web.faces;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Forgets the bookkeeping Mojarra leaves in the session for every view that has left its view scope.
 *
 * <p>Mojarra keeps two session attributes for {@code @ViewScoped} beans: the view maps of the most recent views
 * ({@value #VIEW_MAPS}, at most {@code com.sun.faces.numberOfActiveViewMaps}), and, per view map id, the descriptors
 * of its beans ({@value #VIEW_CONTEXTS}). When a view map is evicted, its beans are destroyed but its descriptors
 * stay until the session ends (eclipse-ee4j/mojarra, {@code ViewScopeContextManager.destroyBeans}): one small map
 * per page viewed, about 400 bytes, all day long. Measured in the benchmarks: 74,000 of them, 30 MB of a 164 MB live
 * heap (BENCHMARKS.md, P7). After each Faces request this removes the descriptors of view maps no longer active.
 *
 * <p>Only Mojarra's attributes are read; with another Faces implementation (or none of them in the session) this
 * does nothing.
 */
public class ViewScopeLeftovers implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getFacesContext().getExternalContext().getSession(false) instanceof HttpSession session) {
            try {
                forgetInactive(session);
            } catch (IllegalStateException ended) {
                // The session was invalidated during the request (sign-out): nothing left to tidy.
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Only after rendering: a view map is registered while the view is built.
    }

    /** Removes the bean descriptors of view maps that are no longer active; true when some were removed. */
    static boolean forgetInactive(HttpSession session) {
        if (!(session.getAttribute(VIEW_MAPS) instanceof Map<?, ?> viewMaps)
                || !(session.getAttribute(VIEW_CONTEXTS) instanceof Map<?, ?> contexts)
                || contexts.size() <= viewMaps.size()) {
            return false;
        }
        // The descriptors first, then the active view maps: a view map is registered before its descriptors are
        // made, so a view that another request of this session is building right now is never taken for gone.
        Set<Object> candidates = new HashSet<>(contexts.keySet());
        Set<Object> active;
        synchronized (viewMaps) { // Mojarra registers and evicts view maps under this lock
            active = new HashSet<>(viewMaps.keySet());
        }
        candidates.removeAll(active);
        boolean removed = false;
        for (Object gone : candidates) {
            removed |= contexts.remove(gone) != null;
        }
        if (removed) {
            session.setAttribute(VIEW_CONTEXTS, contexts); // a cluster replicates what was set again
        }
        return removed;
    }
}
