package org.laureate.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.platform.Country;

/**
 * Test deployments only: a new verified organisation whose user ({@link PetitionSeeds}'s password) has a draft
 * petition in the current cycle, for tests that run as clients. Answers the user's name and the petition's id, a line
 * each. {@code GET /it/draft-petition}
 */
@WebServlet("/it/draft-petition")
public class DraftPetitionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PetitionSeeds petitions;

    @Inject
    transient CycleService cycles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var username = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        var organisation = petitions.organisation("Союз " + username, Country.BY, username);
        var draft = petitions.draft(cycles.current().orElseThrow().getId(), organisation.getId(), Instant.now());
        response.setContentType("text/plain");
        response.getWriter().print(username + "\n" + draft.getId());
    }
}
