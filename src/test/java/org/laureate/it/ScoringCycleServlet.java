package org.laureate.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.laureate.platform.Country;

/**
 * Test deployments only: a cycle of its own ({@link CycleYears}) whose call has closed, with three admitted petitions
 * of organisations of their own, publishing a petition's figures from three ballots, and a council of three new
 * accounts of its own (a member, the Belarusian and the Russian co-chair; password {@link ScoringFixtures#PASSWORD}),
 * so that nothing the test does shows in the demo accounts' pages: ready for the secretariat to open a round in the
 * browser. Answers the cycle's id and the three usernames, a line each; with {@code ?round=open}, also opens a round of
 * the three petitions (opened an hour ago, closing in a day) and answers its id on a fifth line.
 * {@code GET /it/scoring-cycle}
 */
@WebServlet("/it/scoring-cycle")
public class ScoringCycleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScoringFixtures fixtures;

    @Inject
    transient CandidateListSeeds seeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var seeded = fixtures.cycle(CycleYears.next(), 3, 3);
        var cycle = seeded.cycleId();
        var member = fixtures.expert("member", false);
        var chairBy = fixtures.expert("chair-by", true);
        var chairRu = fixtures.expert("chair-ru", true);
        seeds.seat(cycle, member.getId(), false, Country.RU);
        seeds.seat(cycle, chairBy.getId(), true, Country.BY);
        seeds.seat(cycle, chairRu.getId(), true, Country.RU);
        response.setContentType("text/plain");
        response.getWriter().print(String.join("\n", String.valueOf(cycle), member.getUsername(),
                chairBy.getUsername(), chairRu.getUsername()));
        if ("open".equals(request.getParameter("round"))) {
            response.getWriter().print("\n" + seeds.openRound(cycle, "Отбор соискателей", seeded.petitions()).getId());
        }
    }
}
