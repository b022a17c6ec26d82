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
 * of organisations of their own, publishing a petition's figures from three ballots, and a council of the demo's
 * {@code expert} and its two co-chairs {@code chair-by} and {@code chair-ru}: ready for the secretariat to open a round
 * in the browser. Answers the cycle's id; with {@code ?round=open}, also opens a round of the three petitions
 * (opened an hour ago, closing in a day) and answers its id on the next line. {@code GET /it/scoring-cycle}
 */
@WebServlet("/it/scoring-cycle")
public class ScoringCycleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScoringFixtures fixtures;

    @Inject
    transient CandidateListSeeds seeds;

    @Inject
    transient Store store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var seeded = fixtures.cycle(CycleYears.next(), 3, 3);
        var cycle = seeded.cycleId();
        seeds.seat(cycle, accountId("expert"), false, Country.RU);
        seeds.seat(cycle, accountId("chair-by"), true, Country.BY);
        seeds.seat(cycle, accountId("chair-ru"), true, Country.RU);
        response.setContentType("text/plain");
        response.getWriter().print(cycle);
        if ("open".equals(request.getParameter("round"))) {
            response.getWriter().print("\n" + seeds.openRound(cycle, "Отбор соискателей", seeded.petitions()).getId());
        }
    }

    private long accountId(String username) {
        return ((Number) store.sql("SELECT id FROM account WHERE username = ?", username).get(0)).longValue();
    }
}
