package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.council.boundary.CouncilSeat;
import org.laureate.council.boundary.CouncilService;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.demo.DemoData;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.scoring.boundary.BallotBox;
import org.laureate.scoring.boundary.CandidateProposal;
import org.laureate.scoring.boundary.CandidateService;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.boundary.PetitionResult;
import org.laureate.scoring.boundary.PublishedCandidates;
import org.laureate.scoring.boundary.ResultsService;
import org.laureate.scoring.boundary.RoundService;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.control.PetitionTally;
import org.laureate.scoring.entity.CandidateList;
import org.laureate.scoring.entity.CandidateListStatus;
import org.laureate.scoring.entity.Criterion;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * The council's composition (R8.1), a closed round's results against hand-computed figures (R9.20, R7.1–R7.7) and the
 * list of candidates from proposal to publication (R10.1–R10.7), on Payara Micro against MariaDB: the members cast
 * their ballots through the scoring boundary with the secrets their passwords open.
 */
@ExtendWith(ArquillianExtension.class)
class CandidateListIT {

    private static final Offset<Double> HUNDREDTH = within(0.005);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    PetitionSeeds petitions;

    @Inject
    CandidateListSeeds seeds;

    @Inject
    CouncilService council;

    @Inject
    RoundService rounds;

    @Inject
    CredentialService credentials;

    @Inject
    BallotBox box;

    @Inject
    ScoringService scoring;

    @Inject
    ResultsService results;

    @Inject
    CandidateService candidates;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An admitted petition of a new organisation (an organisation submits one petition per cycle). */
    private Nomination admitted(AwardCycle cycle, String title) {
        var duringTheCall = cycle.getCallOpensAt().plus(Duration.ofDays(30));
        var organisation = petitions.organisation(unique("Саюз"), Country.BY, unique("org"));
        var petition = petitions.submitted(cycle.getId(), organisation.getId(), title, ArtField.MUSIC,
                cycle.getPublicityCutoff().minusMonths(6), List.of("Іван Мiско"), true, duringTheCall);
        seeds.admit(petition.getId(), duringTheCall);
        return petitions.find(petition.getId());
    }

    private static Map<Criterion, Integer> scores(int merit, int friendship, int significance) {
        return Map.of(Criterion.ARTISTIC_MERIT, merit, Criterion.FRIENDSHIP, friendship, Criterion.SIGNIFICANCE,
                significance);
    }

    /** Signs in as the member, obtains their credentials and casts their ballots as the anonymous caller. */
    private void cast(Account member, long roundId, Map<Long, Map<Criterion, Integer>> ballots) {
        Caller.signIn(member.getUsername(), CandidateListSeeds.PASSWORD);
        var wallet = Wallet.obtain(credentials, roundId);
        ballots.forEach((petitionId, given) -> wallet.cast(box, petitionId, given));
    }

    private static PetitionTally tallyOf(List<PetitionResult> rows, Nomination petition) {
        return rows.stream().filter(row -> row.petition().id() == petition.getId()).findFirst().orElseThrow()
                .tally();
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    @Test
    void r8_1_r9_20_r10_theCouncilScoresAndBothCoChairsConfirmTheCandidatesBeforeTheyArePublished() {
        var cycle = petitions.cycle(CycleYears.next());
        var otherCycle = petitions.cycle(CycleYears.next());
        var first = admitted(cycle, unique("Сімфонія"));
        var few = admitted(cycle, unique("Опера"));
        var third = admitted(cycle, unique("Балет"));
        var round = seeds.openRound(cycle.getId(), unique("Отбор"),
                List.of(first.getId(), few.getId(), third.getId()));

        var chairBy = seeds.account(unique("chair-by"), Set.of(Role.EXPERT_CHAIR));
        var chairRu = seeds.account(unique("chair-ru"), Set.of(Role.EXPERT_CHAIR));
        var chairAsMember = seeds.account(unique("chair-member"), Set.of(Role.EXPERT, Role.EXPERT_CHAIR));
        var otherChair = seeds.account(unique("chair-other"), Set.of(Role.EXPERT_CHAIR));
        var one = seeds.account(unique("expert"), Set.of(Role.EXPERT));
        var two = seeds.account(unique("expert"), Set.of(Role.EXPERT));
        var three = seeds.account(unique("expert"), Set.of(Role.EXPERT));

        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(council.candidates()).extracting(Account::getUsername)
                .as("co-chairs hold the co-chair's role only and are appointed all the same")
                .contains(chairBy.getUsername(), chairRu.getUsername(), one.getUsername());
        council.appoint(cycle.getId(), one.getId(), false, Country.RU, null);
        council.appoint(cycle.getId(), chairBy.getId(), true, Country.BY, null);
        council.appoint(cycle.getId(), two.getId(), false, Country.BY, null);
        council.appoint(cycle.getId(), chairRu.getId(), true, Country.RU, null);
        council.appoint(cycle.getId(), three.getId(), false, Country.RU, null);
        council.appoint(cycle.getId(), chairAsMember.getId(), false, Country.BY, null);
        council.appoint(otherCycle.getId(), otherChair.getId(), true, Country.BY, null);
        refused(() -> council.appoint(cycle.getId(), otherChair.getId(), true, Country.BY, null),
                "council.error.coChairCountry");
        assertThat(council.council(cycle.getId())).hasSize(6)
                .extracting(CouncilSeat::username).as("co-chairs first")
                .startsWith(chairBy.getUsername(), chairRu.getUsername());

        cast(one, round.getId(), Map.of(first.getId(), scores(8, 9, 7), few.getId(), scores(6, 6, 6),
                third.getId(), scores(7, 7, 7)));
        cast(two, round.getId(), Map.of(first.getId(), scores(6, 6, 6), few.getId(), scores(4, 4, 4),
                third.getId(), scores(8, 8, 8)));
        cast(three, round.getId(), Map.of(first.getId(), scores(9, 9, 9), third.getId(), scores(8, 8, 8)));

        Caller.signIn("admin", DemoData.PASSWORD);
        refused(() -> results.results(round.getId()), "round.error.stillOpen");
        refused(() -> candidates.propose(round.getId(), List.of(first.getId())), "round.error.stillOpen");
        rounds.close(round.getId());

        var shown = results.results(round.getId());
        assertThat(shown.minBallots()).isEqualTo(3);
        var a = tallyOf(shown.rows(), first);
        assertThat(a.ballots()).isEqualTo(3);
        assertThat(a.publishable()).isTrue();
        assertThat(a.weightedMean()).isCloseTo(23.0 / 3, HUNDREDTH);
        assertThat(a.median()).isCloseTo(8.0, HUNDREDTH);
        assertThat(a.trimmedMean()).as("fewer than five ballots: the mean").isCloseTo(23.0 / 3, HUNDREDTH);
        assertThat(a.standardDeviation()).isCloseTo(1.53, HUNDREDTH);
        assertThat(a.distribution()).containsExactly(0, 0, 0, 0, 0, 1, 0, 1, 1, 0);
        var c = tallyOf(shown.rows(), third);
        assertThat(c.weightedMean()).isCloseTo(23.0 / 3, HUNDREDTH);
        assertThat(c.median()).isCloseTo(8.0, HUNDREDTH);
        assertThat(c.standardDeviation()).isCloseTo(0.58, HUNDREDTH);
        assertThat(c.distribution()).containsExactly(0, 0, 0, 0, 0, 0, 1, 2, 0, 0);
        assertThat(List.of(a, c)).as("equal trimmed means share the first place")
                .allSatisfy(tally -> {
                    assertThat(tally.rank()).isEqualTo(1);
                    assertThat(tally.tied()).isTrue();
                });
        var b = tallyOf(shown.rows(), few);
        assertThat(b.ballots()).isEqualTo(2);
        assertThat(b.publishable()).as("two ballots, k = 3").isFalse();
        assertThat(b.rank()).isZero();
        assertThat(b.weightedMean()).isNaN();
        assertThat(b.distribution()).isEmpty();
        assertThat(shown.rows()).last().extracting(row -> row.petition().id()).isEqualTo(few.getId());

        var list = candidates.propose(round.getId(), List.of(first.getId(), third.getId()));
        assertThat(list.getStatus()).isEqualTo(CandidateListStatus.PROPOSED);
        assertThat(shown.rows()).extracting(PetitionResult::petition).as("the results read the petitions as columns,"
                        + " the list as entities: the same petitions")
                .filteredOn(petition -> petition.id() != few.getId())
                .containsExactlyInAnyOrderElementsOf(candidates.candidates(list.getId()));
        refused(() -> candidates.publish(list.getId()), "candidates.error.notConfirmed");

        Caller.signIn(one.getUsername(), CandidateListSeeds.PASSWORD);
        assertThatThrownBy(() -> candidates.confirm(list.getId())).as("a member without the co-chair's role")
                .isInstanceOf(EJBAccessException.class);
        Caller.signIn(chairAsMember.getUsername(), CandidateListSeeds.PASSWORD);
        refused(() -> candidates.confirm(list.getId()), "candidates.error.notCoChair");
        assertThat(candidates.awaiting()).as("a member's seat is no co-chair's").isEmpty();
        Caller.signIn(otherChair.getUsername(), CandidateListSeeds.PASSWORD);
        refused(() -> candidates.confirm(list.getId()), "candidates.error.notCoChair");
        assertThat(candidates.awaiting()).as("another council's list").isEmpty();

        Caller.signIn(chairBy.getUsername(), CandidateListSeeds.PASSWORD);
        assertThat(candidates.awaiting()).singleElement().satisfies(proposal -> {
            assertThat(proposal.list().getId()).isEqualTo(list.getId());
            assertThat(proposal.roundId()).isEqualTo(round.getId());
            assertThat(proposal.country()).isEqualTo(Country.BY);
            assertThat(proposal.awaitsMe()).isTrue();
            assertThat(proposal.candidates()).extracting(PetitionSummary::id)
                    .containsExactly(first.getId(), third.getId());
        });
        assertThat(candidates.confirm(list.getId()).getStatus()).isEqualTo(CandidateListStatus.PROPOSED);
        assertThat(candidates.awaiting()).singleElement().extracting(CandidateProposal::awaitsMe).isEqualTo(false);
        refused(() -> candidates.confirm(list.getId()), "candidates.error.alreadyConfirmed");

        Caller.signIn(chairRu.getUsername(), CandidateListSeeds.PASSWORD);
        assertThat(candidates.confirm(list.getId()).getStatus()).isEqualTo(CandidateListStatus.CONFIRMED);

        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(candidates.publish(list.getId()).getStatus()).isEqualTo(CandidateListStatus.PUBLISHED);

        Caller.anonymous();
        assertThat(candidates.published()).filteredOn(published -> published.listId() == list.getId())
                .singleElement().satisfies(published -> {
                    assertThat(published.cycleName()).isEqualTo(cycle.getName());
                    assertThat(published.roundTitle()).isEqualTo(round.getTitle());
                    assertThat(published.publishedAt()).isNotNull();
                    assertThat(published.candidates()).extracting(PetitionSummary::registrationNumber)
                            .containsExactly(first.getRegistrationNumber(), third.getRegistrationNumber());
                });
        assertThat(candidates.isPublishedCandidate(first.getId())).isTrue();
        assertThat(candidates.isPublishedCandidate(few.getId())).isFalse();
        assertThatThrownBy(() -> candidates.propose(round.getId(), List.of(first.getId())))
                .as("the public proposes nothing").isInstanceOf(EJBAccessException.class);

        Caller.signIn("admin", DemoData.PASSWORD);
        refused(() -> candidates.propose(round.getId(), List.of(first.getId())), "candidates.error.published");
        assertThat(candidates.ofRound(round.getId())).get().extracting(CandidateList::getNominationIds)
                .isEqualTo(List.of(first.getId(), third.getId()));
    }

    @Test
    void r10_7_beforePublicationAListIsReadByTheSecretariatAndTheRoundsCouncilOnly() {
        var cycle = petitions.cycle(CycleYears.next());
        var petition = admitted(cycle, unique("Оратория"));
        var round = seeds.closedRound(cycle.getId(), unique("Отбор"), List.of(petition.getId()), 3, 8);
        var member = seeds.account(unique("expert"), Set.of(Role.EXPERT));
        var outsider = seeds.account(unique("expert"), Set.of(Role.EXPERT));
        seeds.seat(cycle.getId(), member.getId(), false, Country.BY);

        Caller.signIn("admin", DemoData.PASSWORD);
        var list = candidates.propose(round.getId(), List.of(petition.getId()));
        assertThat(candidates.candidates(list.getId())).extracting(PetitionSummary::id)
                .containsExactly(petition.getId());

        Caller.signIn(member.getUsername(), CandidateListSeeds.PASSWORD);
        assertThat(candidates.ofRound(round.getId())).get().extracting(CandidateList::getId).isEqualTo(list.getId());
        assertThat(candidates.candidates(list.getId())).extracting(PetitionSummary::id)
                .containsExactly(petition.getId());

        Caller.signIn(outsider.getUsername(), CandidateListSeeds.PASSWORD);
        refused(() -> candidates.ofRound(round.getId()), "general.error.notFound");
        refused(() -> candidates.candidates(list.getId()), "general.error.notFound");

        Caller.signIn("org-by", DemoData.PASSWORD);
        assertThatThrownBy(() -> candidates.ofRound(round.getId())).isInstanceOf(EJBAccessException.class);
        Caller.anonymous();
        assertThatThrownBy(() -> candidates.candidates(list.getId())).isInstanceOf(EJBAccessException.class);
        assertThat(candidates.published()).noneMatch(published -> published.listId() == list.getId());
    }

    @Test
    void r9_21_aMemberOfAnotherCouncilReadsNeitherResultsNorCandidates() {
        var cycle = petitions.cycle(CycleYears.next());
        var petition = admitted(cycle, unique("Спектакль"));
        var round = seeds.openRound(cycle.getId(), unique("Отбор"), List.of(petition.getId()));
        var outsider = seeds.account(unique("expert"), Set.of(Role.EXPERT));

        Caller.signIn("admin", DemoData.PASSWORD);
        rounds.close(round.getId());
        assertThat(results.results(round.getId()).rows()).singleElement()
                .satisfies(row -> assertThat(row.tally().publishable()).isFalse());

        Caller.signIn(outsider.getUsername(), CandidateListSeeds.PASSWORD);
        refused(() -> results.results(round.getId()), "general.error.notFound");
        assertThat(candidates.published()).extracting(PublishedCandidates::roundTitle)
                .doesNotContain(round.getTitle());
    }
}
