package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.demo.DemoData;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.scoring.boundary.BallotState;
import org.laureate.scoring.boundary.BoardEntry;
import org.laureate.scoring.boundary.CouncilService;
import org.laureate.scoring.boundary.KeyringService;
import org.laureate.scoring.boundary.PetitionResult;
import org.laureate.scoring.boundary.ResultsService;
import org.laureate.scoring.boundary.RoundForm;
import org.laureate.scoring.boundary.RoundService;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.boundary.SheetRow;
import org.laureate.scoring.control.MemberSecret;
import org.laureate.scoring.control.PetitionTally;
import org.laureate.scoring.control.Receipt;
import org.laureate.scoring.control.Recusal;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Account;

/**
 * A member's scoring on Payara Micro against MariaDB, one test per rule of {@code org.laureate.scoring} (R8.x, R9.x,
 * with the tally's R7.x): each test seeds a cycle of its own whose call has closed, its admitted petitions, a council
 * appointed by the secretariat ({@code admin}) and a round it opens; the members sign in with their password and open
 * their secret with it, as the sign-in page does.
 */
@ExtendWith(ArquillianExtension.class)
class ScoringServiceIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    ScoringFixtures fixtures;

    @Inject
    Store store;

    @Inject
    CouncilService council;

    @Inject
    RoundService rounds;

    @Inject
    KeyringService keyring;

    @Inject
    ScoringService scoring;

    @Inject
    ResultsService results;

    /** A cycle whose call has closed, with its petitions admitted, and its council; no round yet. */
    private record Scene(ScoringFixtures.Seeded cycle, List<Account> members) {

        long petition(int index) {
            return cycle.petition(index);
        }

        Account member(int index) {
            return members.get(index);
        }
    }

    /** A cycle of {@code petitions} petitions publishing from {@code minBallots}, and a council of plain members. */
    private Scene scene(int petitions, int members, int minBallots) {
        var cycle = fixtures.cycle(CycleYears.next(), petitions, minBallots);
        var accounts = new ArrayList<Account>();
        for (int i = 0; i < members; i++) {
            accounts.add(fixtures.expert("member" + i, false));
        }
        asAdmin();
        for (var account : accounts) {
            council.appoint(cycle.cycleId(), account.getId(), false, Country.RU, null);
        }
        return new Scene(cycle, accounts);
    }

    private static void asAdmin() {
        Caller.signIn("admin", DemoData.PASSWORD);
    }

    /** Opens a round as the secretariat: begun an hour ago, closing tomorrow. */
    private long openRound(Scene scene, Map<Criterion, Integer> weights, RankingRule rule) {
        return openRound(scene, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)),
                weights, rule);
    }

    private long openRound(Scene scene, Instant opensAt, Instant closesAt, Map<Criterion, Integer> weights,
            RankingRule rule) {
        asAdmin();
        return rounds.open(scene.cycle().cycleId(), new RoundForm("Отбор соискателей", opensAt, closesAt, weights,
                rule)).getId();
    }

    private void close(long roundId) {
        asAdmin();
        rounds.close(roundId);
    }

    /** Signs in as the member and opens their secret with their password, as the sign-in page does. */
    private MemberSecret as(Account member) {
        Caller.signIn(member.getUsername(), ScoringFixtures.PASSWORD);
        return keyring.open(ScoringFixtures.PASSWORD.toCharArray());
    }

    private static Map<Criterion, Integer> scores(Integer artisticMerit, Integer friendship, Integer significance) {
        var scores = new EnumMap<Criterion, Integer>(Criterion.class);
        scores.put(Criterion.ARTISTIC_MERIT, artisticMerit);
        scores.put(Criterion.FRIENDSHIP, friendship);
        scores.put(Criterion.SIGNIFICANCE, significance);
        scores.values().removeIf(score -> score == null);
        return scores;
    }

    private static Map<Criterion, Integer> weights(int artisticMerit, int friendship, int significance) {
        return scores(artisticMerit, friendship, significance);
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private long count(String query, Object... parameters) {
        return ((Number) store.sql(query, parameters).get(0)).longValue();
    }

    private static SheetRow row(List<SheetRow> rows, long petitionId) {
        return rows.stream().filter(row -> row.petition().id() == petitionId).findFirst().orElseThrow();
    }

    private static PetitionTally tally(List<PetitionResult> rows, long petitionId) {
        return rows.stream().filter(row -> row.petition().id() == petitionId).findFirst().orElseThrow().tally();
    }

    private static List<BoardEntry> boardOf(List<BoardEntry> board, String registrationNumber) {
        return board.stream().filter(entry -> entry.registrationNumber().equals(registrationNumber)).toList();
    }

    @Test
    void r9_15_aMemberWhoCastsTwiceCountsOnce() {
        var scene = scene(2, 1, 3);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        long petition = scene.petition(0);

        var secret = as(scene.member(0));
        var first = scoring.submit(secret, round, petition, scores(5, 5, 5), "Первое впечатление");
        var second = scoring.submit(secret, round, petition, scores(8, 7, 9), null);

        assertThat(second).isNotEqualTo(first).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertThat(count("SELECT COUNT(*) FROM participation WHERE round_id = ?", round)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE round_id = ? AND nomination_id = ? AND submitted",
                round, petition)).isEqualTo(1);
        assertThat(scoring.receipts(secret, round)).singleElement().satisfies(receipt -> {
            assertThat(receipt.code()).isEqualTo(second);
            assertThat(receipt.hash()).isEqualTo(Receipt.hash(second));
            assertThat(receipt.scores()).isEqualTo(scores(8, 7, 9));
        });
        var mine = scoring.ballot(secret, round, petition);
        assertThat(mine.state()).isEqualTo(BallotState.SUBMITTED);
        assertThat(mine.note()).as("the second cast replaced the note too").isNull();
        assertThat(mine.receipt()).isEqualTo(second);

        close(round);
        var board = results.board(round);
        assertThat(board).singleElement().satisfies(entry -> {
            assertThat(entry.receiptHash()).isEqualTo(Receipt.hash(second));
            assertThat(entry.registrationNumber()).isEqualTo(scene.cycle().numbers().get(0));
            assertThat(entry.scores()).isEqualTo(scores(8, 7, 9));
        });
        assertThat(board).extracting(BoardEntry::receiptHash).doesNotContain(Receipt.hash(first));
        var tally = tally(results.results(round).rows(), petition);
        assertThat(tally.ballots()).isEqualTo(1);
        assertThat(tally(results.results(round).rows(), scene.petition(1)).ballots()).isZero();
    }

    @Test
    void r9_9_aMemberOfTheNominatingOrganisationCannotScoreIt() {
        var cycle = fixtures.cycle(CycleYears.next(), 2, 3);
        var member = fixtures.expert("museum", false);
        asAdmin();
        council.appoint(cycle.cycleId(), member.getId(), false, Country.BY, cycle.organisations().get(0));
        var scene = new Scene(cycle, List.of(member));
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.TRIMMED_MEAN);

        var secret = as(member);
        refused(() -> scoring.submit(secret, round, scene.petition(0), scores(9, 9, 9), null), "ballot.error.recused");
        refused(() -> scoring.draft(secret, round, scene.petition(0), scores(9, null, null), null),
                "ballot.error.recused");
        var sheet = scoring.sheet(secret, round);
        assertThat(row(sheet.rows(), scene.petition(0))).satisfies(row -> {
            assertThat(row.state()).isEqualTo(BallotState.RECUSED);
            assertThat(row.recusal()).isEqualTo(Recusal.ORGANISATION);
        });
        assertThat(row(sheet.rows(), scene.petition(1)).state()).isEqualTo(BallotState.NOT_SCORED);
        assertThat(sheet.scorable()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE round_id = ?", round)).isZero();

        scoring.submit(secret, round, scene.petition(1), scores(6, 6, 6), null);
        asAdmin();
        assertThat(rounds.progress(round)).singleElement().satisfies(progress -> {
            assertThat(progress.cast()).isEqualTo(1);
            assertThat(progress.recused()).isEqualTo(1);
            assertThat(progress.total()).isEqualTo(2);
        });
    }

    @Test
    void r9_10_aDeclaredConflictRecusesAndWithdrawsTheBallotCast() {
        var scene = scene(2, 4, 3);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        long petition = scene.petition(0);

        var secret = as(scene.member(0));
        var receipt = scoring.submit(secret, round, petition, scores(2, 2, 2), "Не уверен");
        scoring.draft(secret, round, scene.petition(1), scores(4, null, null), null);
        scoring.declareConflict(secret, round, petition, "Автор — мой родственник");

        assertThat(count("SELECT COUNT(*) FROM ballot WHERE receipt_hash = ?", Receipt.hash(receipt))).isZero();
        assertThat(count("SELECT COUNT(*) FROM participation WHERE round_id = ?", round)).isZero();
        assertThat(scoring.receipts(secret, round)).isEmpty();
        var sheet = scoring.sheet(secret, round);
        assertThat(row(sheet.rows(), petition)).satisfies(row -> {
            assertThat(row.state()).isEqualTo(BallotState.RECUSED);
            assertThat(row.recusal()).isEqualTo(Recusal.DECLARED);
        });
        assertThat(row(sheet.rows(), scene.petition(1)).state()).isEqualTo(BallotState.DRAFT);
        refused(() -> scoring.submit(secret, round, petition, scores(2, 2, 2), null), "ballot.error.recused");
        refused(() -> scoring.declareConflict(secret, round, petition, "Ещё раз"), "conflict.error.already");
        // the draft on the other petition is withdrawn too when a conflict is declared there
        scoring.declareConflict(secret, round, scene.petition(1), "Работал с театром");
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE round_id = ?", round)).isZero();

        for (int i = 1; i < 4; i++) {
            var other = as(scene.member(i));
            scoring.submit(other, round, petition, scores(5 + i, 5 + i, 5 + i), null);
        }
        asAdmin();
        assertThat(rounds.progress(round)).extracting(progress -> progress.recused()).containsExactlyInAnyOrder(
                2L, 0L, 0L, 0L);
        close(round);

        // the recused member's petition counts the three ballots it has: (6 + 7 + 8) / 3 = 7
        var tally = tally(results.results(round).rows(), petition);
        assertThat(tally.ballots()).isEqualTo(3);
        assertThat(tally.publishable()).isTrue();
        assertThat(tally.weightedMean()).isCloseTo(7.0, within(1e-9));
        assertThat(boardOf(results.board(round), scene.cycle().numbers().get(0))).hasSize(3);
    }

    @Test
    void r9_14_aDraftCountsForNothingAndIsNotOnTheBoard() {
        var scene = scene(1, 2, 1);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        long petition = scene.petition(0);

        var drafter = as(scene.member(0));
        scoring.draft(drafter, round, petition, scores(4, null, null), "Посмотреть видеозапись ещё раз");
        var draft = scoring.ballot(drafter, round, petition);
        assertThat(draft.state()).isEqualTo(BallotState.DRAFT);
        assertThat(draft.scores()).isEqualTo(scores(4, null, null));
        assertThat(draft.note()).isEqualTo("Посмотреть видеозапись ещё раз");
        assertThat(draft.receipt()).isNull();
        assertThat(scoring.sheet(drafter, round).scored()).isZero();
        assertThat(scoring.receipts(drafter, round)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM participation WHERE round_id = ?", round)).isZero();
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE round_id = ? AND receipt_hash IS NULL AND NOT submitted",
                round)).isEqualTo(1);

        var caster = as(scene.member(1));
        var receipt = scoring.submit(caster, round, petition, scores(9, 9, 9), null);
        refused(() -> scoring.draft(caster, round, petition, scores(1, 1, 1), null), "ballot.error.submitted");
        asAdmin();
        assertThat(rounds.progress(round)).extracting(progress -> progress.cast()).containsExactlyInAnyOrder(0L, 1L);
        close(round);

        assertThat(results.board(round)).extracting(BoardEntry::receiptHash).containsExactly(Receipt.hash(receipt));
        var tally = tally(results.results(round).rows(), petition);
        assertThat(tally.ballots()).isEqualTo(1);
        assertThat(tally.weightedMean()).as("the draft's 4 does not count").isCloseTo(9.0, within(1e-9));
    }

    @Test
    void r9_17_nothingIsDraftedOrCastBeforeTheRoundOpensOrAfterItCloses() {
        var scene = scene(1, 1, 3);
        long petition = scene.petition(0);
        long later = openRound(scene, Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(2)),
                ScoringRound.equalWeights(), RankingRule.MEDIAN);
        long now = openRound(scene, ScoringRound.equalWeights(), RankingRule.MEDIAN);
        refused(() -> rounds.close(later), "round.error.notOpen");

        var secret = as(scene.member(0));
        refused(() -> scoring.draft(secret, later, petition, scores(5, null, null), null), "round.error.notOpen");
        refused(() -> scoring.submit(secret, later, petition, scores(5, 5, 5), null), "round.error.notOpen");
        assertThat(scoring.sheet(secret, later).open()).isFalse();
        scoring.draft(secret, now, petition, scores(5, null, null), null);
        close(now);

        var again = as(scene.member(0));
        assertThat(again).isEqualTo(secret);
        refused(() -> scoring.draft(again, now, petition, scores(5, 5, null), null), "round.error.notOpen");
        refused(() -> scoring.submit(again, now, petition, scores(5, 5, 5), null), "round.error.notOpen");
        refused(() -> scoring.declareConflict(again, now, petition, "Поздно"), "round.error.notOpen");
        var sheet = scoring.sheet(again, now);
        assertThat(sheet.open()).isFalse();
        assertThat(sheet.closed()).isTrue();
        assertThat(row(sheet.rows(), petition).state()).isEqualTo(BallotState.DRAFT);
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE round_id IN (?, ?) AND submitted", later, now)).isZero();
    }

    @Test
    void r8_6_scoresOffTheScaleOrIncompleteAreRefused() {
        var scene = scene(2, 1, 3);
        // SIGNIFICANCE weighs nothing in this round, so a cast ballot needs the other two only
        long round = openRound(scene, weights(2, 1, 0), RankingRule.WEIGHTED_MEAN);
        long petition = scene.petition(0);

        var secret = as(scene.member(0));
        refused(() -> scoring.submit(secret, round, petition, scores(0, 5, 5), null), "ballot.error.scale");
        refused(() -> scoring.submit(secret, round, petition, scores(5, 11, 5), null), "ballot.error.scale");
        refused(() -> scoring.submit(secret, round, petition, scores(5, null, 5), null), "ballot.error.incomplete");
        refused(() -> scoring.submit(secret, round, petition, scores(null, null, null), null),
                "ballot.error.incomplete");
        refused(() -> scoring.draft(secret, round, petition, scores(null, 11, null), null), "ballot.error.scale");
        assertThat(count("SELECT COUNT(*) FROM ballot WHERE round_id = ?", round)).isZero();

        scoring.draft(secret, round, petition, scores(null, 3, null), null);
        scoring.submit(secret, round, scene.petition(1), scores(1, 10, null), null);
        assertThat(scoring.ballot(secret, round, scene.petition(1)).scores()).isEqualTo(scores(1, 10, null));
        assertThat(store.sql("SELECT s.criterion FROM ballot_score s JOIN ballot b ON b.id = s.ballot_id"
                + " WHERE b.round_id = ? AND b.submitted ORDER BY s.criterion", round))
                .containsExactly("ARTISTIC_MERIT", "FRIENDSHIP");
    }

    @Test
    void r9_11_afterAPasswordResetEarlierBallotsCountAndCannotBeChanged() {
        var scene = scene(3, 1, 1);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        var member = scene.member(0);

        var before = as(member);
        var earlier = scoring.submit(before, round, scene.petition(0), scores(7, 7, 7), "До сброса пароля");
        scoring.draft(before, round, scene.petition(1), scores(3, null, null), null);
        // the password is reset: the sealed secret no longer opens (here, it is gone), and a new one is issued
        fixtures.update("DELETE FROM member_key WHERE account_id = ?", member.getId());
        var after = as(member);

        assertThat(after).isNotEqualTo(before);
        var sheet = scoring.sheet(after, round);
        assertThat(row(sheet.rows(), scene.petition(0)).state()).isEqualTo(BallotState.SUBMITTED_EARLIER);
        assertThat(row(sheet.rows(), scene.petition(1)).state()).as("a draft under the old secret is lost")
                .isEqualTo(BallotState.NOT_SCORED);
        assertThat(sheet.scored()).isEqualTo(1);
        var earlierBallot = scoring.ballot(after, round, scene.petition(0));
        assertThat(earlierBallot.state()).isEqualTo(BallotState.SUBMITTED_EARLIER);
        assertThat(earlierBallot.scores()).isEmpty();
        assertThat(earlierBallot.note()).isNull();
        refused(() -> scoring.submit(after, round, scene.petition(0), scores(1, 1, 1), null),
                "ballot.error.castEarlier");
        refused(() -> scoring.draft(after, round, scene.petition(0), scores(1, null, null), null),
                "ballot.error.castEarlier");
        refused(() -> scoring.declareConflict(after, round, scene.petition(0), "Передумал"),
                "ballot.error.castEarlier");
        assertThat(scoring.receipts(after, round)).isEmpty();
        var later = scoring.submit(after, round, scene.petition(1), scores(4, 4, 4), null);

        // a password that does not open the stored secret is another way the secret is lost
        var third = keyring.open("another long password".toCharArray());
        assertThat(third).isNotEqualTo(after).isNotEqualTo(before);
        assertThat(row(scoring.sheet(third, round).rows(), scene.petition(1)).state())
                .isEqualTo(BallotState.SUBMITTED_EARLIER);
        scoring.submit(third, round, scene.petition(2), scores(10, 10, 10), null);

        close(round);
        var board = results.board(round);
        assertThat(board).extracting(BoardEntry::receiptHash).contains(Receipt.hash(earlier), Receipt.hash(later))
                .hasSize(3);
        assertThat(boardOf(board, scene.cycle().numbers().get(0))).singleElement()
                .extracting(BoardEntry::scores).isEqualTo(scores(7, 7, 7));
        var rows = results.results(round).rows();
        assertThat(tally(rows, scene.petition(0)).weightedMean()).isCloseTo(7.0, within(1e-9));
        assertThat(tally(rows, scene.petition(1)).weightedMean()).isCloseTo(4.0, within(1e-9));
        assertThat(tally(rows, scene.petition(2)).weightedMean()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void r9_18_resultsAndBoardAreRefusedWhileTheRoundIsOpen() {
        var scene = scene(1, 1, 1);
        long later = openRound(scene, Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(2)),
                ScoringRound.equalWeights(), RankingRule.MEDIAN);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.MEDIAN);
        var secret = as(scene.member(0));
        scoring.submit(secret, round, scene.petition(0), scores(8, 8, 8), null);

        for (long id : new long[] {later, round}) {
            refused(() -> results.board(id), "round.error.stillOpen");
            refused(() -> results.results(id), "round.error.stillOpen");
        }
        asAdmin();
        for (long id : new long[] {later, round}) {
            refused(() -> results.board(id), "round.error.stillOpen");
            refused(() -> results.results(id), "round.error.stillOpen");
        }
        rounds.close(round);
        assertThat(results.board(round)).hasSize(1);
        as(scene.member(0));
        assertThat(results.board(round)).hasSize(1);
        assertThat(results.results(round).rows()).hasSize(1);
    }

    @Test
    void r9_21_aMemberOfAnotherCouncilCannotReadTheResults() {
        var scene = scene(1, 1, 1);
        var elsewhere = scene(1, 1, 1);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        scoring.submit(as(scene.member(0)), round, scene.petition(0), scores(6, 6, 6), null);
        close(round);

        var stranger = as(elsewhere.member(0));
        refused(() -> results.board(round), "general.error.notFound");
        refused(() -> results.results(round), "general.error.notFound");
        refused(() -> results.rounds(scene.cycle().cycleId()), "general.error.notFound");
        refused(() -> scoring.sheet(stranger, round), "general.error.notFound");
        refused(() -> scoring.receipts(stranger, round), "general.error.notFound");
        assertThat(scoring.myRounds()).extracting(ScoringRound::getId).doesNotContain(round);

        as(scene.member(0));
        assertThat(results.board(round)).hasSize(1);
        assertThat(results.rounds(scene.cycle().cycleId())).extracting(ScoringRound::getId).containsExactly(round);
        assertThat(scoring.myRounds()).extracting(ScoringRound::getId).containsExactly(round);
    }

    /**
     * Five members, weights 2 (artistic merit), 1 (friendship), 1 (significance): Σ weight = 4, and a ballot's weighted
     * score is (2a + f + s) / 4 (R7.1). The cycle publishes from k = 3 ballots.
     *
     * <pre>
     * petition 0, all five:  m1 (8, 6, 6)  → (16 + 6 + 6) / 4 = 7
     *                        m2 (10, 9, 7) → (20 + 9 + 7) / 4 = 9
     *                        m3 (5, 4, 3)  → (10 + 4 + 3) / 4 = 4.25
     *                        m4 (6, 6, 6)  → 24 / 4           = 6
     *                        m5 (9, 8, 8)  → (18 + 8 + 8) / 4 = 8.5
     *   weighted mean = (7 + 9 + 4.25 + 6 + 8.5) / 5 = 34.75 / 5 = 6.95
     *   median of 4.25, 6, 7, 8.5, 9 = 7
     *   trimmed mean (5 ballots: without 4.25 and 9) = (6 + 7 + 8.5) / 3 = 21.5 / 3 = 7.1666…
     *   deviations from 6.95: 0.05, 2.05, −2.7, −0.95, 1.55; squares 0.0025 + 4.2025 + 7.29 + 0.9025 + 2.4025 = 14.8;
     *   sample standard deviation = √(14.8 / 4) = √3.7
     *   distribution (rounded half up): 4.25 → 4, 6 → 6, 7 → 7, 8.5 → 9, 9 → 9: points 1..10 = 0,0,0,1,0,1,1,0,2,0
     * petition 1, two only:  m1 (4, 4, 4) → 4, m2 (9, 9, 9) → 9: fewer than k, not published, not ranked
     * petition 2, exactly k: m3, m4, m5 (5, 5, 5) → 5 each: mean = median = trimmed mean (fewer than 5) = 5, sd 0
     * normalised (R7.4, each member's μ and population σ over their own round):
     *   m1: 7, 4 → μ 5.5, σ 1.5 → z 1 (p0), −1 (p1);   m2: 9, 9 → σ 0 → z 0, 0
     *   m3: 4.25, 5 → μ 4.625, σ 0.375 → z −1 (p0), 1 (p2);   m4: 6, 5 → μ 5.5, σ 0.5 → z 1, −1
     *   m5: 8.5, 5 → μ 6.75, σ 1.75 → z 1, −1
     *   petition 0: (1 + 0 − 1 + 1 + 1) / 5 = 0.4;   petition 2: (1 − 1 − 1) / 3 = −1/3
     * ranking by trimmed mean: petition 0 (7.1666…) first, petition 2 (5) second, petition 1 unranked (0)
     * </pre>
     */
    @Test
    void r9_20_r7_theTallyMatchesTheArithmeticAndKeepsBackPetitionsWithFewerThanKBallots() {
        var scene = scene(3, 5, 3);
        long round = openRound(scene, weights(2, 1, 1), RankingRule.TRIMMED_MEAN);
        long p0 = scene.petition(0);
        long p1 = scene.petition(1);
        long p2 = scene.petition(2);
        scoring.submit(as(scene.member(0)), round, p0, scores(8, 6, 6), null);
        scoring.submit(as(scene.member(0)), round, p1, scores(4, 4, 4), null);
        var m2 = as(scene.member(1));
        scoring.submit(m2, round, p0, scores(10, 9, 7), null);
        scoring.submit(m2, round, p1, scores(9, 9, 9), null);
        var m3 = as(scene.member(2));
        scoring.submit(m3, round, p0, scores(5, 4, 3), null);
        scoring.submit(m3, round, p2, scores(5, 5, 5), null);
        var m4 = as(scene.member(3));
        scoring.submit(m4, round, p0, scores(6, 6, 6), null);
        scoring.submit(m4, round, p2, scores(5, 5, 5), null);
        var m5 = as(scene.member(4));
        scoring.submit(m5, round, p0, scores(9, 8, 8), null);
        scoring.submit(m5, round, p2, scores(5, 5, 5), null);
        asAdmin();
        assertThat(rounds.progress(round)).extracting(progress -> progress.cast()).containsOnly(2L);
        rounds.close(round);

        var outcome = results.results(round);
        assertThat(outcome.minBallots()).isEqualTo(3);
        assertThat(outcome.rows()).extracting(row -> row.petition().id()).containsExactly(p0, p2, p1);
        assertThat(tally(outcome.rows(), p0)).satisfies(tally -> {
            assertThat(tally.ballots()).isEqualTo(5);
            assertThat(tally.publishable()).isTrue();
            assertThat(tally.weightedMean()).isCloseTo(6.95, within(1e-9));
            assertThat(tally.median()).isCloseTo(7.0, within(1e-9));
            assertThat(tally.trimmedMean()).isCloseTo(21.5 / 3, within(1e-9));
            assertThat(tally.standardDeviation()).isCloseTo(Math.sqrt(3.7), within(1e-9));
            assertThat(tally.normalisedMean()).isCloseTo(0.4, within(1e-9));
            assertThat(tally.distribution()).containsExactly(0, 0, 0, 1, 0, 1, 1, 0, 2, 0);
            assertThat(tally.rank()).isEqualTo(1);
            assertThat(tally.tied()).isFalse();
        });
        assertThat(tally(outcome.rows(), p2)).satisfies(tally -> {
            assertThat(tally.ballots()).isEqualTo(3);
            assertThat(tally.publishable()).isTrue();
            assertThat(tally.weightedMean()).isCloseTo(5.0, within(1e-9));
            assertThat(tally.median()).isCloseTo(5.0, within(1e-9));
            assertThat(tally.trimmedMean()).isCloseTo(5.0, within(1e-9));
            assertThat(tally.standardDeviation()).isCloseTo(0.0, within(1e-9));
            assertThat(tally.normalisedMean()).isCloseTo(-1.0 / 3, within(1e-9));
            assertThat(tally.rank()).isEqualTo(2);
        });
        assertThat(tally(outcome.rows(), p1)).satisfies(tally -> {
            assertThat(tally.ballots()).isEqualTo(2);
            assertThat(tally.publishable()).isFalse();
            assertThat(tally.weightedMean()).isNaN();
            assertThat(tally.trimmedMean()).isNaN();
            assertThat(tally.rank()).isZero();
            assertThat(tally.distribution()).isEmpty();
        });

        // R9.19 the board lists all ten ballots, in the order of their receipts' hashes
        var board = results.board(round);
        assertThat(board).hasSize(10);
        assertThat(board).extracting(BoardEntry::receiptHash).isSorted();
        assertThat(boardOf(board, scene.cycle().numbers().get(1))).extracting(BoardEntry::scores)
                .containsExactlyInAnyOrder(scores(4, 4, 4), scores(9, 9, 9));
    }
}
