package org.laureate.decision.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.laureate.decision.boundary.DocumentService;
import org.laureate.decision.boundary.ResolutionService;
import org.laureate.platform.BusinessException;

/**
 * {@code /decision/documents/<kind>/<id>[/<author>]}: the PDF documents of the last steps and the resolutions' scans,
 * for the secretariat, the co-chairs and the Councils' recorders (web.xml and {@link DocumentService} both check).
 * Kinds: {@code award-sheet}, {@code nominee-diploma}, {@code laureate-diploma} (petition and author),
 * {@code draft-resolution} (cycle), {@code minutes} (final vote), {@code scan} (resolution). Anything else is "not
 * found".
 */
@WebServlet("/decision/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z-]{4,20})/(\\d{1,18})(?:/(\\d{1,18}))?");

    @Inject
    transient DocumentService documents;

    @Inject
    transient ResolutionService resolutions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        if (path == null || !path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(2));
        long author = path.group(3) == null ? -1 : Long.parseLong(path.group(3));
        try {
            switch (path.group(1)) {
                case "award-sheet" -> pdf(response, "award-sheet-" + id + "-" + author,
                        documents.awardSheet(id, author));
                case "nominee-diploma" -> pdf(response, "nominee-diploma-" + id + "-" + author,
                        documents.nomineeDiploma(id, author));
                case "laureate-diploma" -> pdf(response, "laureate-diploma-" + id + "-" + author,
                        documents.laureateDiploma(id, author));
                case "draft-resolution" -> pdf(response, "draft-resolution-" + id, documents.draftResolution(id));
                case "minutes" -> pdf(response, "minutes-" + id, documents.minutes(id));
                case "scan" -> {
                    var scan = resolutions.scan(id);
                    send(response, scan.contentType(), "resolution-" + id, scan.content());
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (BusinessException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void pdf(HttpServletResponse response, String name, byte[] content) throws IOException {
        send(response, "application/pdf", name + ".pdf", content);
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] content)
            throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentType(type);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        response.getOutputStream().write(content);
    }
}
