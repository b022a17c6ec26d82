package org.laureate.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;
import org.laureate.security.entity.Role;

/**
 * Test deployments only: the council of a cycle of its own ({@link CycleYears}) with the co-chairs {@code ui-chair-by}
 * and {@code ui-chair-ru} (password {@link CandidateListSeeds#PASSWORD}), two admitted petitions and a closed round on
 * which three members have scored both. Answers the round's id and, on the next line, its name.
 * {@code GET /it/closed-round}
 */
@WebServlet("/it/closed-round")
public class ClosedRoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PetitionSeeds petitions;

    @Inject
    transient CandidateListSeeds seeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var year = CycleYears.next();
        var cycle = petitions.cycle(year);
        var during = LocalDate.of(year - 1, 11, 2).atStartOfDay(ZoneOffset.UTC).toInstant();
        var ids = List.of("Сімфонія мужнасці", "Песні пра сяброўства").stream()
                .map(title -> petitions.submitted(cycle.getId(),
                        petitions.organisation("Саюз " + title, Country.BY, "org-" + title.hashCode()).getId(),
                        title, ArtField.MUSIC, cycle.getPublicityCutoff().minusMonths(6), List.of("Іван Мiско"), true,
                        during).getId())
                .toList();
        ids.forEach(id -> seeds.admit(id, during));
        var chairBy = seeds.account("ui-chair-by", Set.of(Role.EXPERT_CHAIR));
        var chairRu = seeds.account("ui-chair-ru", Set.of(Role.EXPERT_CHAIR));
        seeds.seat(cycle.getId(), chairBy.getId(), true, Country.BY);
        seeds.seat(cycle.getId(), chairRu.getId(), true, Country.RU);
        var round = seeds.closedRound(cycle.getId(), "Отбор соискателей " + year, ids, 3, 9);
        response.setContentType("text/plain");
        response.getWriter().print(round.getId() + "\n" + round.getTitle());
    }
}
