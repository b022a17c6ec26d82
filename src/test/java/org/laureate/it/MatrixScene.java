package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.laureate.council.entity.CouncilMember;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.decision.entity.Resolution;
import org.laureate.decision.entity.ResolutionBody;
import org.laureate.decision.entity.ScannedDocument;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.Country;
import org.laureate.scoring.entity.CandidateList;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;
import org.laureate.vote.entity.Choice;
import org.laureate.vote.entity.FinalVote;
import org.laureate.vote.entity.VoteCast;

/**
 * What the authorization matrix asks for ({@link AuthorizationMatrixIT}), stored in one transaction. In a cycle of its
 * own ({@link CycleYears}): a Belarusian and a Russian organisation, each with a user and an admitted petition with an
 * uploaded PDF; a council of a Belarusian co-chair and a member; an open and a closed round on both petitions, a list
 * of candidates proposed from the closed one; a closed final vote that chose the Belarusian petition. In a second
 * cycle, the same for another council, on which the first council's co-chair and member do not sit, with one petition
 * of a third organisation; every name and title of that cycle contains the other council's name, which the first
 * council's co-chair and member are never shown. Every password is {@link CandidateListSeeds#PASSWORD}.
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
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var scene = new LinkedHashMap<String, String>();

        var year = CycleYears.next();
        var cycle = petitions.cycle(year);
        var during = LocalDate.of(year - 1, 11, 2).atStartOfDay(ZoneOffset.UTC).toInstant();
        var byOrganisation = petitions.organisation("Саюз матрыцы " + marker, Country.BY, "matrix-org-" + marker);
        var ruName = "Союз матрицы " + marker;
        var ruOrganisation = petitions.organisation(ruName, Country.RU, "matrix-org-ru-" + marker);
        var ruTitle = "Чужая симфония " + marker;
        var byTitle = "Сімфонія " + marker;
        var by = admitted(cycle, byOrganisation.getId(), byTitle, "Іван Мiско", during);
        var ru = admitted(cycle, ruOrganisation.getId(), ruTitle, "Иван Петров", during);
        var chair = seeds.account("matrix-chair-" + marker, Set.of(Role.EXPERT_CHAIR));
        var member = seeds.account("matrix-expert-" + marker, Set.of(Role.EXPERT));
        var council = council(cycle, List.of(by, ru), List.of(chair, member), "матрыцы " + marker);
        scene.put("organisation", "matrix-org-" + marker);
        scene.put("expert", member.getUsername());
        scene.put("chair", chair.getUsername());
        scene.put("cycle", String.valueOf(cycle.getId()));
        scene.put("byPetition", String.valueOf(by.getId()));
        scene.put("byTitle", byTitle);
        scene.put("byAuthor", String.valueOf(by.getNominees().get(0).getId()));
        scene.put("byMaterial", String.valueOf(by.getMaterials().get(0).getId()));
        scene.put("ruPetition", String.valueOf(ru.getId()));
        scene.put("ruMaterial", String.valueOf(ru.getMaterials().get(0).getId()));
        scene.put("ruTitle", ruTitle);
        scene.put("ruOrganisation", ruName);
        scene.put("ownCouncil", "матрыцы " + marker);
        scene.putAll(council);

        var otherYear = CycleYears.next();
        var otherCycle = petitions.cycle(otherYear);
        var otherDuring = LocalDate.of(otherYear - 1, 11, 2).atStartOfDay(ZoneOffset.UTC).toInstant();
        var otherCouncilName = "іншай рады " + marker;
        var otherOrganisation = petitions.organisation("Саюз " + otherCouncilName, Country.BY,
                "matrix-org-other-" + marker);
        var other = admitted(otherCycle, otherOrganisation.getId(), "Паэма " + otherCouncilName, "Янка Купала",
                otherDuring);
        var otherCouncil = council(otherCycle, List.of(other),
                List.of(seeds.account("matrix-other-chair-" + marker, Set.of(Role.EXPERT_CHAIR)),
                        seeds.account("matrix-other-expert-" + marker, Set.of(Role.EXPERT))), otherCouncilName);
        scene.put("otherCouncil", otherCouncilName);
        scene.put("otherCycle", String.valueOf(otherCycle.getId()));
        scene.put("otherPetition", String.valueOf(other.getId()));
        scene.put("otherAuthor", String.valueOf(other.getNominees().get(0).getId()));
        scene.put("otherMaterial", String.valueOf(other.getMaterials().get(0).getId()));
        otherCouncil.forEach((name, id) -> scene.put("other" + Character.toUpperCase(name.charAt(0))
                + name.substring(1), id));
        return scene;
    }

    private Nomination admitted(AwardCycle cycle, long organisationId, String title, String author, Instant during) {
        var petition = petitions.submitted(cycle.getId(), organisationId, title, ArtField.MUSIC,
                cycle.getPublicityCutoff().minusMonths(6), List.of(author), true, during);
        seeds.admit(petition.getId(), during);
        return petition;
    }

    /**
     * The council of the cycle, the first account its co-chair of Belarus and the others its members of Russia; an
     * open and a closed round on the petitions, whose titles end with the council's name; a list of candidates
     * proposed from the closed round, awaiting the co-chairs; a final vote on the petitions at which every member was
     * present and voted for the first petition, closed, so that the first petition is the cycle's nominee; the Council
     * of Ministers' resolution approving it, with its scan. Answers the ids of the rounds, the vote and the
     * resolution.
     */
    private Map<String, String> council(AwardCycle cycle, List<Nomination> petitions, List<Account> accounts,
            String name) {
        em.flush();
        var seats = accounts.stream().map(account -> {
            var seat = new CouncilMember(cycle.getId(), account.getId(), account.has(Role.EXPERT_CHAIR),
                    account.has(Role.EXPERT_CHAIR) ? Country.BY : Country.RU, null);
            em.persist(seat);
            return seat;
        }).toList();
        em.flush();
        var ids = petitions.stream().map(Nomination::getId).toList();
        var open = seeds.openRound(cycle.getId(), "Тур " + name, ids);
        var closed = seeds.closedRound(cycle.getId(), "Папярэдні тур " + name, ids, 3, 9);
        var now = Instant.now();
        em.persist(new CandidateList(closed.getId(), ids, now));
        var vote = new FinalVote(cycle.getId(), null, LocalDate.ofInstant(now, ZoneOffset.UTC), "Мінск",
                cycle.getVoteMode(), cycle.getMajorityRule(), 1, ids);
        vote.registerPresence(seats.stream().map(CouncilMember::getId).toList());
        vote.open(seats.size(), 2, 3, now);
        em.persist(vote);
        em.flush();
        for (int i = 0; i < seats.size(); i++) {
            var receipt = BlindRsa.receipt(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
            em.persist(new VoteCast(vote.getId(), ids.get(0), receipt, Choice.FOR, null));
        }
        vote.close(now);
        var scan = ScannedDocument.of("resolution.pdf", "%PDF-1.4 пастанова".getBytes(StandardCharsets.UTF_8));
        var ministers = new Resolution(cycle.getId(), ResolutionBody.COUNCIL_OF_MINISTERS, "1-" + name,
                LocalDate.ofInstant(now, ZoneOffset.UTC), true, true, scan, List.of(ids.get(0)), List.of(ids.get(0)),
                now, "council");
        em.persist(ministers);
        em.flush();
        var council = new LinkedHashMap<String, String>();
        council.put("openRound", String.valueOf(open.getId()));
        council.put("closedRound", String.valueOf(closed.getId()));
        council.put("vote", String.valueOf(vote.getId()));
        council.put("scan", String.valueOf(ministers.getId()));
        return council;
    }
}
