package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;
import org.laureate.scoring.entity.FinalVote;
import org.laureate.security.entity.Role;

/**
 * What the authorization matrix asks for ({@link AuthorizationMatrixIT}), stored in one transaction in a cycle of its
 * own ({@link CycleYears}): a Belarusian and a Russian organisation, each with a user and an admitted petition with an
 * uploaded PDF; a council of a Belarusian co-chair and a member; an open and a closed round on both petitions; a final
 * vote put to the council. Every password is {@link CandidateListSeeds#PASSWORD}.
 */
@Stateless
public class MatrixScene {

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionSeeds petitions;

    @Inject
    CandidateListSeeds seeds;

    /** The scene's ids and names by the placeholders of docs/authorization.md. */
    public Map<String, String> create() {
        var year = CycleYears.next();
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var cycle = petitions.cycle(year);
        var during = LocalDate.of(year - 1, 11, 2).atStartOfDay(ZoneOffset.UTC).toInstant();
        var byOrganisation = petitions.organisation("Саюз матрыцы " + marker, Country.BY, "matrix-org-" + marker);
        var ruName = "Союз матрицы " + marker;
        var ruOrganisation = petitions.organisation(ruName, Country.RU, "matrix-org-ru-" + marker);
        var ruTitle = "Чужая симфония " + marker;
        var by = petitions.submitted(cycle.getId(), byOrganisation.getId(), "Сімфонія " + marker, ArtField.MUSIC,
                cycle.getPublicityCutoff().minusMonths(6), List.of("Іван Мiско"), true, during);
        var ru = petitions.submitted(cycle.getId(), ruOrganisation.getId(), ruTitle, ArtField.MUSIC,
                cycle.getPublicityCutoff().minusMonths(6), List.of("Иван Петров"), true, during);
        seeds.admit(by.getId(), during);
        seeds.admit(ru.getId(), during);
        var both = List.of(by.getId(), ru.getId());
        var chair = seeds.account("matrix-chair-" + marker, Set.of(Role.EXPERT_CHAIR));
        var member = seeds.account("matrix-expert-" + marker, Set.of(Role.EXPERT));
        em.flush();
        seeds.seat(cycle.getId(), chair.getId(), true, Country.BY);
        seeds.seat(cycle.getId(), member.getId(), false, Country.RU);
        var open = seeds.openRound(cycle.getId(), "Тур матрыцы " + marker, both);
        var closed = seeds.closedRound(cycle.getId(), "Папярэдні тур матрыцы " + marker, both, 3, 9);
        var vote = new FinalVote(cycle.getId(), null, LocalDate.of(year, 10, 15), "Мінск", cycle.getVoteMode(),
                cycle.getMajorityRule(), 1, both);
        em.persist(vote);
        em.flush();
        var scene = new LinkedHashMap<String, String>();
        scene.put("cycle", String.valueOf(cycle.getId()));
        scene.put("byPetition", String.valueOf(by.getId()));
        scene.put("byAuthor", String.valueOf(by.getNominees().get(0).getId()));
        scene.put("byMaterial", String.valueOf(by.getMaterials().get(0).getId()));
        scene.put("ruPetition", String.valueOf(ru.getId()));
        scene.put("ruAuthor", String.valueOf(ru.getNominees().get(0).getId()));
        scene.put("ruMaterial", String.valueOf(ru.getMaterials().get(0).getId()));
        scene.put("ruTitle", ruTitle);
        scene.put("ruOrganisation", ruName);
        scene.put("openRound", String.valueOf(open.getId()));
        scene.put("closedRound", String.valueOf(closed.getId()));
        scene.put("vote", String.valueOf(vote.getId()));
        scene.put("organisation", "matrix-org-" + marker);
        scene.put("expert", member.getUsername());
        scene.put("chair", chair.getUsername());
        return scene;
    }
}
