package org.laureate.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;

/**
 * Test deployments only: a cycle of its own ({@link CycleYears}) ready for its final vote ({@link DecisionFixtures}):
 * {@code petitions} published candidates, a council of five (two co-chairs, then three members, the first of them of
 * the organisation of petition 0), voting by {@code mode} for {@code prizes} prizes. Answers the cycle's id, then the
 * usernames (password {@link DecisionFixtures#PASSWORD}), the petitions' ids and their registration numbers, each on a
 * line of its own, comma-separated.
 * {@code GET /it/final-vote-scene?mode=APPROVAL&petitions=3&prizes=2}
 */
@WebServlet("/it/final-vote-scene")
public class FinalVoteSceneServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionFixtures fixtures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var scene = fixtures.scene(CycleYears.next(), Integer.parseInt(request.getParameter("petitions")), 5,
                VoteMode.valueOf(request.getParameter("mode")), MajorityRule.OF_PRESENT,
                Integer.parseInt(request.getParameter("prizes")), true);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(scene.cycleId() + "\n" + String.join(",", scene.usernames()) + "\n"
                + String.join(",", scene.petitions().stream().map(String::valueOf).toList()) + "\n"
                + String.join(",", scene.numbers()));
    }
}
