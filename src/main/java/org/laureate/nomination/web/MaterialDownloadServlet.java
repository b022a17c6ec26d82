package org.laureate.nomination.web;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.laureate.nomination.boundary.MaterialService;
import org.laureate.nomination.entity.MaterialKind;
import org.laureate.platform.BusinessException;

/**
 * {@code /materials/<id>}: a petition's material for those who may read it (R4.18). A file is sent inline with its
 * recognised content type and never sniffed; a link redirects to its address. Any material the caller may not read
 * is "not found".
 */
@WebServlet("/materials/*")
public class MaterialDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MaterialService materials;

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var id = materialId(request.getPathInfo());
        if (id < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            transaction.begin();
            try {
                send(id, response);
            } finally {
                transaction.rollback();
            }
        } catch (BusinessException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Reads the material, its uploaded bytes included, within the transaction that opened it. */
    private void send(long id, HttpServletResponse response) throws IOException {
        var material = materials.open(id);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        if (material.getKind() == MaterialKind.LINK) {
            response.sendRedirect(material.getUrl());
            return;
        }
        var content = material.getContent();
        var name = material.getFileName() == null ? "material-" + id : material.getFileName();
        response.setContentType(material.getContentType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }

    /** The id in {@code /<id>}, or -1 when the path names none. */
    static long materialId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return -1;
        }
        return Long.parseLong(pathInfo.substring(1));
    }
}
