package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.demo.DemoData;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.boundary.KeyringService;
import org.laureate.scoring.boundary.PetitionSummary;
import org.laureate.scoring.boundary.VoteBoardEntry;
import org.laureate.scoring.boundary.VoteResult;
import org.laureate.scoring.boundary.VoteService;
import org.laureate.scoring.control.Receipt;
import org.laureate.scoring.entity.Choice;
import org.laureate.scoring.entity.FinalVote;
import org.laureate.scoring.entity.VoteStatus;

/**
 * The Expert Council's final vote (R12.x) on Payara Micro against MariaDB, with fixed numbers: each test seeds a cycle
 * of its own (years 9700–9749) whose petitions are published candidates and whose council it creates; the secretariat
 * ({@code admin}) puts them to the vote, and each member signs in and opens their secret with their password.
 */
@ExtendWith(ArquillianExtension.class)
class FinalVoteIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    DecisionFixtures fixtures;

    @Inject
    VoteService votes;

    @Inject
    KeyringService keyring;

    private DecisionFixtures.Scene scene(int petitions, int size, int prizes, boolean firstMemberRecused) {
        return fixtures.scene(CycleYears.next(), petitions, size, VoteMode.APPROVAL, MajorityRule.OF_PRESENT,
                prizes, firstMemberRecused);
    }

    private static void asAdmin() {
        Caller.signIn("admin", DemoData.PASSWORD);
    }

    /** As the secretariat: the petitions put to the vote, the first {@code present} seats present, the vote open. */
    private FinalVote openVote(DecisionFixtures.Scene scene, List<Long> finalists, int present) {
        asAdmin();
        var vote = votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Минск", finalists);
        votes.registerPresence(vote.getId(), scene.members(present));
        return votes.open(vote.getId());
    }

    /** Signs in as the member of the seat and casts their ballot for the petitions given; returns the receipt. */
    private String castFor(DecisionFixtures.Scene scene, int seat, long voteId, Long... petitions) {
        var choices = new HashMap<Long, Choice>();
        for (Long petition : petitions) {
            choices.put(petition, Choice.FOR);
        }
        return cast(scene, seat, voteId, choices);
    }

    private String cast(DecisionFixtures.Scene scene, int seat, long voteId, Map<Long, Choice> choices) {
        Caller.signIn(scene.usernames().get(seat), DecisionFixtures.PASSWORD);
        var secret = keyring.open(DecisionFixtures.PASSWORD.toCharArray());
        return votes.cast(secret, voteId, choices);
    }

    private VoteResult closeAndCount(long voteId) {
        asAdmin();
        votes.close(voteId);
        return votes.result(voteId);
    }

    private static VoteResult.Line line(VoteResult result, long petition) {
        return result.lines().stream().filter(line -> line.petition().id() == petition).findFirst().orElseThrow();
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    @Test
    void r12_3_aCouncilOfNineOpensWithSixPresentNotWithFive() {
        var scene = scene(2, 9, 1, false);
        asAdmin();
        var vote = votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Минск", scene.petitions());
        assertThat(vote.getStatus()).isEqualTo(VoteStatus.PREPARED);
        assertThat(votes.council(vote.getId())).hasSize(9);

        votes.registerPresence(vote.getId(), scene.members(5));
        assertThatThrownBy(() -> votes.open(vote.getId())).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("vote.error.noQuorum");
            assertThat(e.getArguments()).containsExactly(5, 9, 2, 3);
        });
        assertThat(votes.find(vote.getId()).getStatus()).isEqualTo(VoteStatus.PREPARED);

        votes.registerPresence(vote.getId(), scene.members(6));
        assertThat(votes.open(vote.getId()).getStatus()).isEqualTo(VoteStatus.OPEN);
        refused(() -> votes.registerPresence(vote.getId(), scene.members(9)), "vote.error.notPrepared");
    }

    @Test
    void r12_5_r12_12_r12_13_presentMembersVoteOnceWithinTheLimitNeverForTheirOwnOrganisation() {
        // Seats: 0, 1 co-chairs; 2 belongs to the organisation of petition 0; 3 present; 4 absent.
        var scene = scene(3, 5, 2, true);
        long a = scene.petition(0);
        long b = scene.petition(1);
        long c = scene.petition(2);
        var vote = openVote(scene, scene.petitions(), 4);
        long id = vote.getId();
        assertThat(vote.getSeats()).isEqualTo(2);

        Caller.signIn(scene.usernames().get(2), DecisionFixtures.PASSWORD);
        var recusedSecret = keyring.open(DecisionFixtures.PASSWORD.toCharArray());
        assertThat(votes.myVote(recusedSecret, id).recused()).containsExactly(a);
        refused(() -> votes.cast(recusedSecret, id, Map.of(a, Choice.FOR)), "ballot.error.recused");
        castFor(scene, 2, id, b);

        refused(() -> castFor(scene, 4, id, a), "vote.error.notPresent");
        refused(() -> castFor(scene, 0, id, a, b, c), "vote.error.tooMany");

        castFor(scene, 0, id, a, b);
        castFor(scene, 1, id, a, c);
        var first = castFor(scene, 3, id, c);
        var second = castFor(scene, 3, id, a, b);
        assertThat(second).isNotEqualTo(first);
        assertThat(votes.myVotes()).extracting(FinalVote::getId).contains(id);
        assertThat(votes.myVote(keyring.open(DecisionFixtures.PASSWORD.toCharArray()), id).choices())
                .containsOnlyKeys(a, b);
        refused(() -> votes.board(id), "vote.error.notClosed");

        var result = closeAndCount(id);
        assertThat(line(result, a).votes().votesFor()).isEqualTo(3);
        assertThat(line(result, a).votes().eligible()).isEqualTo(3);
        assertThat(line(result, b).votes().votesFor()).isEqualTo(3);
        assertThat(line(result, b).votes().eligible()).isEqualTo(4);
        assertThat(line(result, c).votes().votesFor()).as("the replaced ballot counts no more").isEqualTo(1);
        assertThat(result.chosen()).extracting(PetitionSummary::id).containsExactlyInAnyOrder(a, b);

        var board = votes.board(id);
        assertThat(board).as("one line per ballot").hasSize(4);
        assertThat(board).extracting(VoteBoardEntry::receiptHash).contains(Receipt.hash(second))
                .doesNotContain(Receipt.hash(first));
        assertThat(board).allSatisfy(entry -> {
            assertThat(scene.numbers()).containsAll(entry.choices().keySet());
            assertThat(entry.toString()).doesNotContain("Автор", "Произведение", "Член совета");
        });

        Caller.signIn(scene.usernames().get(3), DecisionFixtures.PASSWORD);
        assertThat(votes.board(id)).hasSize(4);
        assertThatThrownBy(() -> votes.result(id)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> votes.nominees(scene.cycleId())).isInstanceOf(EJBAccessException.class);
        Caller.signIn("expert", DemoData.PASSWORD);
        assertThatThrownBy(() -> votes.result(id)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> votes.nominees(scene.cycleId())).isInstanceOf(EJBAccessException.class);
        refused(() -> votes.board(id), "general.error.notFound");
    }

    @Test
    void r12_7_r12_8_ofThreeWithAMajorityTheTwoWithTheMostVotesWin() {
        var scene = scene(3, 7, 2, false);
        long a = scene.petition(0);
        long b = scene.petition(1);
        long c = scene.petition(2);
        long id = openVote(scene, scene.petitions(), 7).getId();
        castFor(scene, 0, id, a, b);
        castFor(scene, 1, id, a, b);
        castFor(scene, 2, id, a, b);
        castFor(scene, 3, id, a, c);
        castFor(scene, 4, id, a, c);
        castFor(scene, 5, id, b, c);
        castFor(scene, 6, id, b, c);

        var result = closeAndCount(id);
        assertThat(result.councilSize()).isEqualTo(7);
        assertThat(result.lines()).extracting(line -> line.votes().votesFor()).containsExactly(5, 5, 4);
        assertThat(result.lines()).allSatisfy(line -> {
            assertThat(line.votes().eligible()).isEqualTo(7);
            assertThat(line.votes().majority()).as("more than 7 / 2").isTrue();
        });
        assertThat(result.chosen()).extracting(PetitionSummary::id).containsExactlyInAnyOrder(a, b);
        assertThat(line(result, c).chosen()).isFalse();
        assertThat(result.runOff()).isEmpty();
        assertThat(votes.nominees(scene.cycleId())).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void r12_7_aPetitionWithoutAMajorityIsNotChosenEvenWithASeatLeft() {
        var scene = scene(3, 6, 2, false);
        long a = scene.petition(0);
        long b = scene.petition(1);
        long c = scene.petition(2);
        long id = openVote(scene, scene.petitions(), 6).getId();
        castFor(scene, 0, id, a, b);
        castFor(scene, 1, id, a, b);
        castFor(scene, 2, id, a, c);
        castFor(scene, 3, id, a, c);
        castFor(scene, 4, id, a, b);
        castFor(scene, 5, id, c);

        var result = closeAndCount(id);
        assertThat(line(result, a).votes().votesFor()).isEqualTo(5);
        assertThat(line(result, b).votes().votesFor()).isEqualTo(3);
        assertThat(line(result, b).votes().majority()).as("3 is not more than 6 / 2").isFalse();
        assertThat(result.chosen()).extracting(PetitionSummary::id).containsExactly(a);
        assertThat(result.runOff()).isEmpty();
    }

    @Test
    void r12_9_r12_11_aTieAtTheBoundaryGoesToARunOffAndTheNomineesWaitForIt() {
        var scene = scene(3, 5, 2, false);
        long a = scene.petition(0);
        long b = scene.petition(1);
        long c = scene.petition(2);
        long id = openVote(scene, scene.petitions(), 5).getId();
        castFor(scene, 0, id, a, b);
        castFor(scene, 1, id, a, c);
        castFor(scene, 2, id, a, b);
        castFor(scene, 3, id, a, c);
        castFor(scene, 4, id, b, c);

        var result = closeAndCount(id);
        assertThat(result.lines()).extracting(line -> line.votes().votesFor()).containsExactly(4, 3, 3);
        assertThat(result.chosen()).extracting(PetitionSummary::id).containsExactly(a);
        assertThat(result.runOff()).extracting(PetitionSummary::id).containsExactlyInAnyOrder(b, c);
        assertThat(result.runOffSeats()).isEqualTo(1);
        assertThat(votes.nominees(scene.cycleId())).as("a run-off is needed").isEmpty();

        var runOff = votes.runOff(id);
        assertThat(runOff.getRunOffOf()).isEqualTo(id);
        assertThat(runOff.getFinalists()).containsExactlyInAnyOrder(b, c);
        assertThat(runOff.getSeats()).isEqualTo(1);
        assertThat(runOff.getPresent()).containsExactlyInAnyOrderElementsOf(scene.members(5));
        assertThat(votes.nominees(scene.cycleId())).as("the run-off is not closed").isEmpty();

        votes.open(runOff.getId());
        castFor(scene, 0, runOff.getId(), b);
        castFor(scene, 1, runOff.getId(), b);
        castFor(scene, 2, runOff.getId(), b);
        castFor(scene, 3, runOff.getId(), c);
        castFor(scene, 4, runOff.getId(), c);
        asAdmin();
        assertThat(votes.nominees(scene.cycleId())).as("the run-off is still open").isEmpty();
        var second = closeAndCount(runOff.getId());
        assertThat(second.chosen()).extracting(PetitionSummary::id).containsExactly(b);
        assertThat(votes.nominees(scene.cycleId())).containsExactlyInAnyOrder(a, b);
    }
}
