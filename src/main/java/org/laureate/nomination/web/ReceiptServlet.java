package org.laureate.nomination.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.laureate.nomination.boundary.NominationService;
import org.laureate.platform.BusinessException;

/**
 * {@code /nomination/receipt/<id>}: the PDF receipt of the caller's submitted petition (web.xml: ORGANISATION only).
 */
@WebServlet("/nomination/receipt/*")
public class ReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NominationService nominations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = nominations.receipt(id);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"receipt-" + id + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
