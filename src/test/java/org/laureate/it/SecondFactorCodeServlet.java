package org.laureate.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Test deployments only: the code of the second factor a client test signs in with now, the account's used codes
 * forgotten ({@link SecondFactorFixture}), so that a test signs in as often as it likes without waiting for the next
 * time step. {@code GET /it/second-factor-code?username=…} answers the code as plain text, or 404 when the account
 * needs none. Tests of the second factor itself (AccountsIT) type real codes instead.
 */
@WebServlet("/it/second-factor-code")
public class SecondFactorCodeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecondFactorFixture secondFactor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var code = secondFactor.freshCode(request.getParameter("username"));
        if (code == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getOutputStream().write(code.getBytes(StandardCharsets.US_ASCII));
    }
}
