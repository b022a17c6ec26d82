package org.laureate.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;
import org.laureate.security.entity.Role;

/**
 * Test deployments only: the council of a cycle of its own ({@link CycleYears}) with the co-chairs {@code ui-chair-by}
 * and {@code ui-chair-ru} (or those the parameter {@code chairs} names before {@code -by} and {@code -ru}; password
 * {@link CandidateListSeeds#PASSWORD}), two admitted petitions (or as many as the parameter {@code petitions} asks,
 * the others named "Твор 3", "Твор 4"…) and a closed round on which three members have scored each. Answers the
 * round's id and, on the next line, its name. {@code GET /it/closed-round[?petitions=N&chairs=prefix]}
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
        var titles = new ArrayList<>(List.of("Сімфонія мужнасці", "Песні пра сяброўства"));
        var count = Optional.ofNullable(request.getParameter("petitions")).map(Integer::valueOf).orElse(2);
        IntStream.rangeClosed(3, count).forEach(n -> titles.add("Твор " + n));
        var ids = titles.stream()
                .map(title -> petitions.submitted(cycle.getId(),
                        petitions.organisation("Саюз " + title, Country.BY, "org-" + year + "-" + title.hashCode())
                                .getId(),
                        title, ArtField.MUSIC, cycle.getPublicityCutoff().minusMonths(6), List.of("Іван Мiско"), true,
                        during).getId())
                .toList();
        ids.forEach(id -> seeds.admit(id, during));
        var chairs = Optional.ofNullable(request.getParameter("chairs")).orElse("ui-chair");
        var chairBy = seeds.account(chairs + "-by", Set.of(Role.EXPERT_CHAIR));
        var chairRu = seeds.account(chairs + "-ru", Set.of(Role.EXPERT_CHAIR));
        seeds.seat(cycle.getId(), chairBy.getId(), true, Country.BY);
        seeds.seat(cycle.getId(), chairRu.getId(), true, Country.RU);
        var round = seeds.closedRound(cycle.getId(), "Отбор соискателей " + year, ids, 3, 9);
        response.setContentType("text/plain");
        response.getWriter().print(round.getId() + "\n" + round.getTitle());
    }
}
