package org.laureate.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only: the scene of the authorization matrix ({@link MatrixScene}), for the client test that walks
 * it. Answers a {@code name=value} line for each of its ids and usernames. {@code GET /it/matrix-scene}
 */
@WebServlet("/it/matrix-scene")
public class MatrixSceneServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MatrixScene scene;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var lines = new StringBuilder();
        scene.create().forEach((name, value) -> lines.append(name).append('=').append(value).append('\n'));
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().print(lines);
    }
}
