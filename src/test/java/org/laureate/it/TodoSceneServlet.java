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
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.platform.Country;
import org.laureate.security.entity.Role;

/**
 * Test deployments only: a cycle of its own ({@link CycleYears}) whose call has closed, on which three things wait: a
 * Belarusian petition not yet decided by its ministry, an open round of its council (two co-chairs and one member,
 * the member's username being {@code ui-todo-<year>}, password {@link CandidateListSeeds#PASSWORD}), and a closed
 * round's candidates confirmed by the co-chair of Belarus only. Answers, a line each: the cycle's name, the member's
 * username, the open round's title, the closed round's title, the closed round's id, the waiting petition's title.
 * {@code GET /it/todo-scene}
 */
@WebServlet("/it/todo-scene")
public class TodoSceneServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PetitionSeeds petitions;

    @Inject
    transient CandidateListSeeds seeds;

    @Inject
    transient PhaseFixtures phases;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var year = CycleYears.next();
        var cycle = petitions.cycle(year);
        var during = LocalDate.of(year - 1, 11, 2).atStartOfDay(ZoneOffset.UTC).toInstant();
        var waiting = "Сімфонія чакання " + year;
        var titles = List.of(waiting, "Песня " + year, "Паэма " + year);
        var ids = titles.stream()
                .map(title -> petitions.submitted(cycle.getId(),
                        petitions.organisation("Саюз " + title, Country.BY, "org-" + title.hashCode()).getId(),
                        title, ArtField.MUSIC, cycle.getPublicityCutoff().minusMonths(6), List.of("Іван Мiско"), true,
                        during).getId())
                .toList();
        var admitted = ids.subList(1, 3);
        admitted.forEach(id -> seeds.admit(id, during));
        var chairBy = seeds.account("ui-todo-chair-by-" + year, Set.of(Role.EXPERT_CHAIR));
        var chairRu = seeds.account("ui-todo-chair-ru-" + year, Set.of(Role.EXPERT_CHAIR));
        var member = seeds.account("ui-todo-" + year, Set.of(Role.EXPERT));
        seeds.seat(cycle.getId(), chairBy.getId(), true, Country.BY);
        seeds.seat(cycle.getId(), chairRu.getId(), true, Country.RU);
        seeds.seat(cycle.getId(), member.getId(), false, Country.BY);
        var open = seeds.openRound(cycle.getId(), "Тур ацэнкі " + year, admitted);
        var closed = seeds.closedRound(cycle.getId(), "Папярэдні тур " + year, admitted, 3, 9);
        phases.listConfirmedByBelarus(closed.getId(), admitted, chairBy.getId());
        phases.announceLongAgo(cycle.getId(), CyclePhase.CALL_CLOSED);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().print(String.join("\n", cycle.getName(), member.getUsername(), open.getTitle(),
                closed.getTitle(), String.valueOf(closed.getId()), waiting));
    }
}
