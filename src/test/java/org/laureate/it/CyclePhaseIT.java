package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.audit.boundary.AuditService;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.decision.boundary.ResolutionService;
import org.laureate.decision.entity.ScannedDocument;
import org.laureate.demo.DemoData;
import org.laureate.platform.BusinessException;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.scoring.boundary.CandidateService;
import org.laureate.scoring.boundary.RoundForm;
import org.laureate.scoring.boundary.RoundService;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.vote.boundary.VoteBox;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.entity.Choice;

/**
 * The cycle's phase follows its steps (R1.12) and its call closes at its instant, once, however many timers fire
 * (R1.13), on Payara Micro against MariaDB; each test seeds a cycle of its own.
 */
@ExtendWith(ArquillianExtension.class)
class CyclePhaseIT {

    private static final byte[] PDF = "%PDF-1.4 постановление".getBytes(StandardCharsets.UTF_8);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    PhaseFixtures phases;

    @Inject
    ScoringFixtures scoring;

    @Inject
    DecisionFixtures decisions;

    @Inject
    CycleService cycles;

    @Inject
    RoundService rounds;

    @Inject
    CandidateService candidates;

    @Inject
    VoteService votes;

    @Inject
    VoteBox box;

    @Inject
    ResolutionService resolutions;

    @Inject
    LaureateService laureates;

    @Inject
    AuditService audit;

    private CyclePhase phaseOf(long cycleId) {
        Caller.signIn("admin", DemoData.PASSWORD);
        return cycles.find(cycleId).getPhase();
    }

    /** The cycle's phase moves recorded in the audit trail, oldest first: action, before, after. */
    private List<AuditEntry> moves(long cycleId) {
        Caller.signIn("admin", DemoData.PASSWORD);
        return audit.history(CycleService.SUBJECT, String.valueOf(cycleId)).stream()
                .filter(entry -> !"create".equals(entry.getAction()))
                .toList();
    }

    @Test
    void r1_13_theCallClosesAtItsInstantOnceWhenTheTimerFiresTwiceAtOnce() throws Exception {
        long cycleId = phases.cycle(CycleYears.next(), CyclePhase.CALL_OPEN, Instant.now().minusSeconds(1));
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            var barrier = new CyclicBarrier(2);
            var firings = new ArrayList<Future<List<Long>>>();
            for (int i = 0; i < 2; i++) {
                firings.add(servers.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    return cycles.closeDueCalls();
                }));
            }
            long wins = 0;
            for (var firing : firings) {
                wins += firing.get(60, TimeUnit.SECONDS).stream().filter(id -> id == cycleId).count();
            }
            assertThat(wins).as("of two firings at once, at most one closes the call (the server's own timer may"
                    + " have been first)").isLessThanOrEqualTo(1);
        } finally {
            servers.shutdownNow();
        }

        assertThat(phaseOf(cycleId)).isEqualTo(CyclePhase.CALL_CLOSED);
        assertThat(moves(cycleId)).as("the close is recorded once, by the system")
                .extracting(AuditEntry::getAction, AuditEntry::getBefore, AuditEntry::getAfter)
                .containsExactly(tuple("closeCall", "CALL_OPEN", "CALL_CLOSED"));
        assertThat(cycles.closeDueCalls()).as("a later firing finds nothing to close").doesNotContain(cycleId);
    }

    @Test
    void r1_13_aCallWhoseInstantHasNotComeStaysOpen() {
        long cycleId = phases.cycle(CycleYears.next(), CyclePhase.CALL_OPEN, Instant.now().plus(Duration.ofHours(1)));

        assertThat(cycles.closeDueCalls()).doesNotContain(cycleId);
        assertThat(phaseOf(cycleId)).isEqualTo(CyclePhase.CALL_OPEN);
    }

    @Test
    void r1_12_openingARoundMovesTheCycleToTheExpertReviewAndPublishingTheCandidatesToTheirDiscussion() {
        var seeded = scoring.cycle(CycleYears.next(), 2, 1);
        Caller.signIn("admin", DemoData.PASSWORD);
        rounds.open(seeded.cycleId(), new RoundForm("Отбор соискателей", Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofDays(1)), ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN));
        assertThat(phaseOf(seeded.cycleId())).isEqualTo(CyclePhase.EXPERT_REVIEW);

        var chairBy = scoring.expert("chair-by-phase", true);
        var chairRu = scoring.expert("chair-ru-phase", true);
        long listId = phases.confirmedList(seeded.cycleId(), seeded.petitions(), chairBy.getId(), chairRu.getId());
        Caller.signIn("admin", DemoData.PASSWORD);
        candidates.publish(listId);
        assertThat(phaseOf(seeded.cycleId())).isEqualTo(CyclePhase.CANDIDATES_PUBLISHED);

        assertThat(moves(seeded.cycleId()))
                .extracting(AuditEntry::getAction, AuditEntry::getBefore, AuditEntry::getAfter)
                .containsExactly(tuple("follow", "CALL_CLOSED", "EXPERT_REVIEW: ROUND_OPENED"),
                        tuple("follow", "EXPERT_REVIEW", "CANDIDATES_PUBLISHED: CANDIDATES_PUBLISHED"));
    }

    @Test
    void r1_12_r12_18_theVoteTheResolutionsAndThePublicationMoveTheCycleToItsLastPhase() {
        var scene = decisions.scene(CycleYears.next(), 3, 3, VoteMode.APPROVAL, MajorityRule.OF_PRESENT, 3, false);
        phases.phase(scene.cycleId(), CyclePhase.CANDIDATES_PUBLISHED);
        Caller.signIn("admin", DemoData.PASSWORD);
        var vote = votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Минск", scene.petitions());
        votes.registerPresence(vote.getId(), scene.members());
        assertThat(phaseOf(scene.cycleId())).as("prepared, not opened").isEqualTo(CyclePhase.CANDIDATES_PUBLISHED);
        votes.open(vote.getId());
        assertThat(phaseOf(scene.cycleId())).isEqualTo(CyclePhase.FINAL_VOTE);

        for (var username : scene.usernames()) {
            Caller.signIn(username, DecisionFixtures.PASSWORD);
            var wallet = VoteWallet.obtain(votes, vote.getId());
            for (int p = 0; p < 3; p++) {
                wallet.cast(box, scene.petition(p), Choice.FOR);
            }
        }
        Caller.signIn("admin", DemoData.PASSWORD);
        votes.close(vote.getId());
        assertThat(phaseOf(scene.cycleId())).isEqualTo(CyclePhase.PROPOSAL);

        Caller.signIn("council", DemoData.PASSWORD);
        resolutions.recordMinisters(scene.cycleId(), "12", LocalDate.of(2026, 2, 10),
                ScannedDocument.of("постановление.pdf", PDF), scene.petitions());
        assertThat(phaseOf(scene.cycleId())).isEqualTo(CyclePhase.PROPOSAL);
        Caller.signIn("council", DemoData.PASSWORD);
        resolutions.recordSupreme(scene.cycleId(), "5", LocalDate.of(2026, 2, 26), true, true,
                ScannedDocument.of("постановление.pdf", PDF), scene.petitions());
        assertThat(phaseOf(scene.cycleId())).isEqualTo(CyclePhase.AWARDED);

        laureates.publish(scene.cycleId());
        assertThat(phaseOf(scene.cycleId())).isEqualTo(CyclePhase.PUBLISHED);

        assertThat(moves(scene.cycleId()))
                .extracting(AuditEntry::getActor, AuditEntry::getAction, AuditEntry::getBefore, AuditEntry::getAfter)
                .containsExactly(
                        tuple("admin", "follow", "CANDIDATES_PUBLISHED", "FINAL_VOTE: FINAL_VOTE_OPENED"),
                        tuple("admin", "follow", "FINAL_VOTE", "PROPOSAL: NOMINEES_CHOSEN"),
                        tuple("council", "follow", "PROPOSAL", "AWARDED: PRIZES_AWARDED"),
                        tuple("admin", "follow", "AWARDED", "PUBLISHED: LAUREATES_PUBLISHED"));
    }

    @Test
    void r8_9_aRoundThatOverlapsAnotherOfItsCycleOpensOnlyWithAReason() {
        var seeded = scoring.cycle(CycleYears.next(), 1, 1);
        var now = Instant.now();
        Caller.signIn("admin", DemoData.PASSWORD);
        rounds.open(seeded.cycleId(), new RoundForm("Первый тур", now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(2)), ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN));
        var after = new RoundForm("Следующий тур", now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(4)),
                ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        var overlapping = new RoundForm("Дополнительный тур", now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(3)), ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN, " ");

        rounds.open(seeded.cycleId(), after);
        assertThatThrownBy(() -> rounds.open(seeded.cycleId(), overlapping))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("round.error.overlap");
                    assertThat(e.getArguments()).hasSize(1).containsAnyOf("Первый тур", "Следующий тур");
                });
        var opened = rounds.open(seeded.cycleId(), new RoundForm(overlapping.title(), overlapping.opensAt(),
                overlapping.closesAt(), overlapping.weights(), overlapping.rankingRule(), "Заседание перенесено"));

        assertThat(rounds.rounds(seeded.cycleId())).hasSize(3);
        assertThat(audit.history("ScoringRound", String.valueOf(opened.getId())))
                .extracting(AuditEntry::getAfter).singleElement().asString()
                .contains("Первый тур", "Следующий тур", "Заседание перенесено");
    }

    @Test
    void r1_3_r1_9_afterTheCallTheSecretariatMovesThePhaseOnlyByACorrectionWithAReason() {
        var seeded = scoring.cycle(CycleYears.next(), 1, 1);
        Caller.signIn("admin", DemoData.PASSWORD);
        var cycle = cycles.find(seeded.cycleId());

        assertThatThrownBy(() -> cycles.advance(cycle.getId(), cycle.getVersion(), "дальше"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("cycle.error.followsSteps"));
        var corrected = cycles.correct(cycle.getId(), cycle.getVersion(), CyclePhase.EXPERT_REVIEW,
                "Тур проведён на бумаге");

        assertThat(corrected.getPhase()).isEqualTo(CyclePhase.EXPERT_REVIEW);
        assertThat(moves(seeded.cycleId()))
                .extracting(AuditEntry::getAction, AuditEntry::getBefore, AuditEntry::getAfter)
                .containsExactly(tuple("correct", "CALL_CLOSED", "EXPERT_REVIEW: Тур проведён на бумаге"));
    }
}
