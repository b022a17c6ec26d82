package org.laureate.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.laureate.platform.web.ViewContextsTrim;

/**
 * Test deployments only: how many view-scope contexts and active views the caller's session holds, as Mojarra keeps
 * them in its attributes. {@code GET /it/view-contexts} answers {@code contexts views}, or 404 without a session.
 */
@WebServlet("/it/view-contexts")
public class ViewContextsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var session = request.getSession(false);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(size(session.getAttribute(ViewContextsTrim.CONTEXTS)) + " "
                + size(session.getAttribute(ViewContextsTrim.VIEW_MAPS)));
    }

    private static int size(Object map) {
        return map instanceof Map<?, ?> entries ? entries.size() : 0;
    }
}
