package org.laureate.platform.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * Keeps in the session the view-scope contexts of the views the session still holds, and forgets the others. Mojarra
 * keeps, in a distributable application, the contexts of a session's {@code @ViewScoped} beans in a session attribute,
 * one entry per view, and when a view leaves the session's active views (the oldest, once there are more than
 * {@code com.sun.faces.numberOfActiveViewMaps}) it destroys the view's beans but leaves its entry: each page view added
 * one for the session's life. The session is written to the data grid after every request, so each page view made
 * every later request of its session slower (a session that had opened the results page 160 times wrote and read 160
 * entries at every request; thousands, seconds). After each rendering, the entries of views that are no longer active
 * are removed. Registered in faces-config.xml.
 */
public class ViewContextsTrim implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Mojarra's session attribute of the view-scope contexts, by view map id. */
    public static final String CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    /** Mojarra's session attribute of the session's active view maps, by view map id. */
    public static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the contexts are trimmed once the view has been rendered
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        var external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        var session = external.getSessionMap();
        if (session.get(CONTEXTS) instanceof Map<?, ?> contexts && session.get(VIEW_MAPS) instanceof Map<?, ?> active
                && contexts.size() > active.size()
                && contexts.keySet().removeIf(viewMapId -> !active.containsKey(viewMapId))) {
            session.put(CONTEXTS, contexts);
        }
    }
}
