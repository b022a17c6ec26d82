package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.audit.boundary.AuditService;
import org.laureate.council.boundary.CouncilSeat;
import org.laureate.council.boundary.CouncilService;
import org.laureate.council.entity.Recusal;
import org.laureate.demo.DemoData;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.KeySeal;
import org.laureate.platform.SealedColumn;
import org.laureate.scoring.boundary.BallotBox;
import org.laureate.scoring.boundary.BoardEntry;
import org.laureate.scoring.boundary.CastCounts;
import org.laureate.scoring.boundary.CouncilWatch;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.boundary.PetitionKeys;
import org.laureate.scoring.boundary.PetitionResult;
import org.laureate.scoring.boundary.ResultsService;
import org.laureate.scoring.boundary.RoundForm;
import org.laureate.scoring.boundary.RoundService;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.boundary.SheetRow;
import org.laureate.scoring.control.PetitionTally;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.boundary.PasswordResetService;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEventKind;

/**
 * A member's scoring on Payara Micro against MariaDB, one test per rule of {@code org.laureate.scoring} (R8.x, R9.x,
 * with the tally's R7.x): each test seeds a cycle of its own whose call has closed, its admitted petitions, a council
 * appointed by the secretariat ({@code admin}) and a round it opens; the members sign in, obtain their anonymous
 * credentials as their browser does ({@link Wallet}), and cast as the anonymous caller.
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
    CredentialService credentials;

    @Inject
    BallotBox box;

    @Inject
    CastCounts counts;

    @Inject
    ScoringService scoring;

    @Inject
    ResultsService results;

    @Inject
    TestClock clock;

    @Inject
    CouncilWatch watch;

    @Inject
    PasswordResetService resets;

    @Inject
    PetitionKeys keys;

    @Inject
    Transactions transactions;

    @Resource
    ManagedExecutorService executor;


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
        return new Scene(cycle, fixtures.seated(cycle.cycleId(), "member", members));
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

    /** Signs in as the member. */
    private static void as(Account member) {
        Caller.signIn(member.getUsername(), ScoringFixtures.PASSWORD);
    }

    /** Signs in as the member and obtains their credentials of the round. */
    private Wallet wallet(Account member, long round) {
        as(member);
        return Wallet.obtain(credentials, round);
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

    /** The round's ballots' scores as stored, "artistic merit, friendship, significance" each, "-" for none. */
    private List<Object> scores(long round) {
        return store.sql("SELECT CONCAT_WS(' ', COALESCE(artistic_merit, '-'), COALESCE(friendship, '-'),"
                + " COALESCE(significance, '-')) FROM cast_ballot WHERE round_id = ?", round);
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
    void r8_7_aMemberIssuedTheRoundsCredentialsStaysOnTheCouncil() {
        var scene = scene(1, 2, 1);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        wallet(scene.member(0), round);
        as(scene.member(1));
        scoring.declareConflict(round, scene.petition(0), "Автор — мой брат");

        asAdmin();
        var seats = council.council(scene.cycle().cycleId());
        long issued = seatOf(seats, scene.member(0));
        refused(() -> council.dismiss(issued), "council.error.hasBallots");
        council.dismiss(seatOf(seats, scene.member(1)));

        assertThat(council.council(scene.cycle().cycleId())).extracting(CouncilSeat::accountId)
                .containsExactly(scene.member(0).getId());
        as(scene.member(1));
        refused(() -> scoring.sheet(round), "general.error.notFound");
    }

    private static long seatOf(List<CouncilSeat> seats, Account member) {
        return seats.stream().filter(seat -> seat.accountId() == member.getId()).findFirst().orElseThrow().memberId();
    }

    /**
     * R9.26 While the round is open, a co-chair sees what happened to the members' accounts since it opened (a
     * password link the secretariat mailed, by whom) and who obtained the round's credentials; not an event from
     * before the round, not a plain member, not after the round has closed.
     */
    @Test
    void r9_26_aCoChairSeesTheMembersSecurityEventsAndIssuancesWhileTheRoundIsOpen() {
        var scene = scene(2, 2, 1);
        var chair = fixtures.expert("chair", true);
        asAdmin();
        council.appoint(scene.cycle().cycleId(), chair.getId(), true, Country.BY, null);
        try (var ignored = clock.at(Instant.now().minus(Duration.ofDays(1)))) {
            resets.send(scene.member(1).getId(), "http://localhost");
        }
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        asAdmin();
        resets.send(scene.member(0).getId(), "http://localhost");
        wallet(scene.member(1), round);

        Caller.signIn(chair.getUsername(), ScoringFixtures.PASSWORD);
        var watched = watch.openRounds().stream().filter(open -> open.roundId() == round).findFirst().orElseThrow();
        assertThat(watched.events()).extracting(CouncilWatch.MemberEvent::fullName, CouncilWatch.MemberEvent::kind,
                CouncilWatch.MemberEvent::actor)
                .containsExactly(tuple(scene.member(0).getFullName(), AccountEventKind.PASSWORD_RESET_SENT, "admin"));
        assertThat(watched.members()).extracting(CouncilWatch.MemberCredentials::fullName,
                CouncilWatch.MemberCredentials::issued)
                .containsExactlyInAnyOrder(tuple(scene.member(0).getFullName(), false),
                        tuple(scene.member(1).getFullName(), true), tuple(chair.getFullName(), false));

        as(scene.member(0));
        assertThatThrownBy(() -> watch.openRounds()).isInstanceOf(EJBAccessException.class);

        close(round);
        Caller.signIn(chair.getUsername(), ScoringFixtures.PASSWORD);
        assertThat(watch.openRounds()).extracting(CouncilWatch.WatchedRound::roundId).doesNotContain(round);
    }

    @Test
    void r8_8_aRoundIsOpenedOnTheAdmittedPetitionsOnceTheCallHasClosed() {
        var scene = scene(3, 0, 1);
        long cycle = scene.cycle().cycleId();
        fixtures.update("UPDATE nomination SET status = 'REJECTED' WHERE id = ?", scene.petition(1));
        fixtures.update("UPDATE award_cycle SET phase = 'CALL_OPEN' WHERE id = ?", cycle);
        refused(() -> openRound(scene, ScoringRound.equalWeights(), RankingRule.MEDIAN), "round.error.phase");
        assertThat(count("SELECT COUNT(*) FROM scoring_round WHERE cycle_id = ?", cycle)).isZero();

        fixtures.update("UPDATE award_cycle SET phase = 'CALL_CLOSED' WHERE id = ?", cycle);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.MEDIAN);

        assertThat(rounds.find(round).getPetitionIds()).containsExactlyInAnyOrder(scene.petition(0),
                scene.petition(2));
    }

    @Test
    void r9_8_r9_15_oneBallotPerCredentialARecastReplacesIt() {
        var scene = scene(2, 1, 3);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        long petition = scene.petition(0);

        var wallet = wallet(scene.member(0), round);
        var first = wallet.cast(box, petition, scores(5, 5, 5));
        var second = wallet.cast(box, petition, scores(8, 7, 9));

        assertThat(first.revised()).isFalse();
        assertThat(second.revised()).isTrue();
        assertThat(second.receipt()).isEqualTo(first.receipt()).isEqualTo(wallet.receipt(petition)).hasSize(64);
        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ? AND nomination_id = ?", round,
                petition)).isEqualTo(1);
        assertThat(scores(round)).as("the re-cast's scores, in place of the first's").containsExactly("8 7 9");

        // a second issuance is refused, so that nobody holds two credentials for one petition
        as(scene.member(0));
        assertThat(credentials.offer(round).issued()).isTrue();
        refused(() -> Wallet.obtain(credentials, round), "credential.error.issued");
        assertThat(count("SELECT COUNT(*) FROM credential_issue WHERE round_id = ?", round)).isEqualTo(1);

        close(round);
        var board = results.board(round);
        assertThat(board).isEmpty();
        var tally = tally(results.results(round).rows(), petition);
        assertThat(tally.ballots()).isEqualTo(1);
        assertThat(tally.publishable()).isFalse();
    }

    @Test
    void r9_15_aTokenSignedForTwoPetitionsCountsOnTheFirstAndIsRefusedOnTheOther() {
        var scene = scene(2, 1, 3);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        as(scene.member(0));
        var token = new byte[64];
        new SecureRandom().nextBytes(token);
        var wallet = Wallet.obtain(credentials, round, token);
        assertThat(wallet.receipt(scene.petition(0))).isEqualTo(wallet.receipt(scene.petition(1)));

        assertThat(wallet.cast(box, scene.petition(0), scores(5, 6, 7)).revised()).isFalse();
        refused(() -> wallet.cast(box, scene.petition(1), scores(9, 9, 9)), "ballot.error.credential");
        assertThat(wallet.cast(box, scene.petition(0), scores(4, 5, 6)).revised()).isTrue();

        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ? AND nomination_id = ?", round,
                scene.petition(1))).isZero();
        assertThat(scores(round)).as("the one ballot, on the first petition, as last cast there")
                .containsExactly("4 5 6");
    }

    @Test
    void r9_16_castingIsAuditedAsTheRoundsCountsOfTheDayNotOneEntryPerBallot() {
        var scene = scene(2, 1, 3);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        var wallet = wallet(scene.member(0), round);
        wallet.cast(box, scene.petition(0), scores(5, 5, 5));
        wallet.cast(box, scene.petition(0), scores(6, 6, 6));
        wallet.cast(box, scene.petition(1), scores(7, 7, 7));
        var ofTheRound = "SELECT actor, after_state FROM audit_entry WHERE subject = 'Ballot' AND subject_id = ?";
        assertThat(store.sql(ofTheRound, String.valueOf(round))).as("nothing written per cast").isEmpty();

        // what the hourly audit writes once the day is over, and the server's end at once
        counts.auditAll();

        var entries = store.sql(ofTheRound, String.valueOf(round)).stream().map(Object[].class::cast).toList();
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry[0]).isEqualTo(AuditService.UNATTRIBUTED);
            assertThat((String) entry[1]).matches("\\d{4}-\\d{2}-\\d{2}: \\d+");
        });
        // the three casts, on one day's entry (or two, should the day end between them)
        assertThat(entries.stream().mapToLong(entry -> Long.parseLong(((String) entry[1]).split(": ")[1])).sum())
                .isEqualTo(3);
    }

    @Test
    void r9_24_aForgedCredentialOrOneOfAnotherPetitionIsRefused() {
        var scene = scene(2, 1, 1);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        var wallet = wallet(scene.member(0), round);
        var ofFirst = wallet.credential(scene.petition(0));

        Caller.anonymous();
        refused(() -> box.cast(round, scene.petition(1), scores(5, 5, 5), ofFirst.token(), ofFirst.signature()),
                "ballot.error.credential");
        var forged = ofFirst.signature().clone();
        forged[10] ^= 1;
        refused(() -> box.cast(round, scene.petition(0), scores(5, 5, 5), ofFirst.token(), forged),
                "ballot.error.credential");
        var otherToken = ofFirst.token().clone();
        otherToken[0] ^= 1;
        refused(() -> box.cast(round, scene.petition(0), scores(5, 5, 5), otherToken, ofFirst.signature()),
                "ballot.error.credential");
        // a credential of a key of the server's own making, but blind-signed outside of issuance, cannot exist;
        // a key pair made by someone else does not verify either
        var stranger = BlindRsa.generate();
        var blinded = BlindClient.blind((java.security.interfaces.RSAPublicKey) stranger.getPublic());
        var strangers = BlindClient.finalize((java.security.interfaces.RSAPublicKey) stranger.getPublic(), blinded,
                BlindRsa.blindSign((java.security.interfaces.RSAPrivateCrtKey) stranger.getPrivate(),
                        blinded.message()));
        refused(() -> box.cast(round, scene.petition(0), scores(5, 5, 5), strangers.token(), strangers.signature()),
                "ballot.error.credential");
        refused(() -> box.cast(round, scene.petition(0) + 100_000, scores(5, 5, 5), ofFirst.token(),
                ofFirst.signature()), "general.error.notFound");
        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ?", round)).isZero();
    }

    @Test
    void r9_9_r9_25_aMemberGetsTheCredentialsAllAtOnceAndNoneForTheirOwnOrganisationsPetition() {
        var cycle = fixtures.cycle(CycleYears.next(), 2, 3);
        var member = fixtures.expert("museum", false);
        asAdmin();
        council.appoint(cycle.cycleId(), member.getId(), false, Country.BY, cycle.organisations().get(0));
        var scene = new Scene(cycle, List.of(member));
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.TRIMMED_MEAN);

        as(member);
        var offer = credentials.offer(round);
        assertThat(offer.publicKeys()).containsOnlyKeys(scene.petition(1));
        var sheet = scoring.sheet(round);
        assertThat(row(sheet.rows(), scene.petition(0)).recusal()).isEqualTo(Recusal.ORGANISATION);
        assertThat(row(sheet.rows(), scene.petition(1)).recusal()).isNull();
        assertThat(sheet.scorable()).isEqualTo(1);
        assertThat(sheet.issued()).isFalse();

        // asking for a credential of the recused petition too is refused, and issues nothing
        var key0 = BlindRsa.publicKey(store.sql("SELECT public_key FROM petition_key WHERE round_id = ?"
                + " AND nomination_id = ?", round, scene.petition(0)).get(0).toString());
        var key1 = BlindRsa.publicKey(offer.publicKeys().get(scene.petition(1)));
        refused(() -> credentials.issue(round, Map.of(scene.petition(0), BlindClient.blind(key0).message(),
                scene.petition(1), BlindClient.blind(key1).message())), "credential.error.petitions");
        refused(() -> credentials.issue(round, Map.of()), "credential.error.petitions");
        assertThat(count("SELECT COUNT(*) FROM credential_issue WHERE round_id = ?", round)).isZero();

        var wallet = Wallet.obtain(credentials, round);
        assertThat(wallet.holds(scene.petition(0))).isFalse();
        wallet.cast(box, scene.petition(1), scores(6, 6, 6));
        asAdmin();
        assertThat(rounds.totals(round)).satisfies(totals -> {
            assertThat(totals.members()).isEqualTo(1);
            assertThat(totals.issued()).isEqualTo(1);
            assertThat(totals.ballots()).isEqualTo(1);
        });
    }

    @Test
    void r9_10_aConflictDeclaredBeforeIssuanceGetsNoCredentialOneDeclaredAfterIsWithdrawnByTheBrowser() {
        var scene = scene(2, 4, 3);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        long petition = scene.petition(0);

        as(scene.member(0));
        scoring.declareConflict(round, petition, "Автор — мой родственник");
        refused(() -> scoring.declareConflict(round, petition, "Ещё раз"), "conflict.error.already");
        assertThat(row(scoring.sheet(round).rows(), petition).recusal()).isEqualTo(Recusal.DECLARED);
        var recused = Wallet.obtain(credentials, round);
        assertThat(recused.holds(petition)).isFalse();
        assertThat(recused.holds(scene.petition(1))).isTrue();

        // a member who declares after issuance holds a credential the server cannot revoke: their browser withdraws
        // the ballot cast with it
        var late = wallet(scene.member(1), round);
        late.cast(box, scene.petition(1), scores(2, 2, 2));
        as(scene.member(1));
        scoring.declareConflict(round, scene.petition(1), "Работал с театром");
        var credential = late.credential(scene.petition(1));
        Caller.anonymous();
        assertThat(box.withdraw(round, scene.petition(1), credential.token(), credential.signature())).isTrue();
        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ?", round)).isZero();

        for (int i = 1; i < 4; i++) {
            var other = i == 1 ? late : wallet(scene.member(i), round);
            other.cast(box, petition, scores(5 + i, 5 + i, 5 + i));
        }
        close(round);

        // the petition counts the three ballots it has: (6 + 7 + 8) / 3 = 7
        var tally = tally(results.results(round).rows(), petition);
        assertThat(tally.ballots()).isEqualTo(3);
        assertThat(tally.publishable()).isTrue();
        assertThat(tally.weightedMean()).isCloseTo(7.0, within(1e-9));
        assertThat(boardOf(results.board(round), scene.cycle().numbers().get(0))).hasSize(3);
    }

    /**
     * R9.2 R9.10 The browser's two requests without a session, cast and withdrawal, are answered with what they did,
     * never kept by a cache and never with a cookie; a body that is not a ballot is refused with its reason.
     */
    @Test
    void r9_2_r9_10_aBallotIsCastAndWithdrawnThroughTheEndpointAndWhatIsNotABallotIsRefused() throws Exception {
        var scene = scene(1, 1, 3);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        var credential = wallet(scene.member(0), round).credential(scene.petition(0));
        Caller.anonymous();
        var ballot = "{\"round\":" + round + ",\"petition\":" + scene.petition(0)
                + ",\"scores\":{\"ARTISTIC_MERIT\":7,\"FRIENDSHIP\":8,\"SIGNIFICANCE\":9},\"token\":\""
                + base64(credential.token()) + "\",\"signature\":\"" + base64(credential.signature()) + "\"}";

        var cast = post("/api/scoring/ballots", "application/json; charset=UTF-8", ballot);
        assertThat(cast.statusCode()).isEqualTo(200);
        assertThat(cast.body()).contains("\"counted\":true", "\"revised\":false",
                "\"receipt\":\"" + BlindRsa.receipt(credential.token()) + "\"");
        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ?", round)).isEqualTo(1);

        var withdrawn = post("/api/scoring/ballots/withdrawal", "application/json", ballot);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"withdrawn\":true");
        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ?", round)).isZero();
        assertThat(post("/api/scoring/ballots/withdrawal", "application/json", ballot).body())
                .contains("\"withdrawn\":false");

        var notBallots = Map.of(
                "text/plain", Map.entry(ballot, 415),
                "application/json", Map.entry("[1,2,3]", 400),
                "application/json;charset=utf-8", Map.entry(ballot.replace("\"FRIENDSHIP\":8,",
                        "\"FRIENDSHIP\":8," + "\"NOPE\":1,".repeat(2_000)), 413));
        for (var notBallot : notBallots.entrySet()) {
            var refused = post("/api/scoring/ballots", notBallot.getKey(), notBallot.getValue().getKey());
            assertThat(refused.statusCode()).as(notBallot.getKey()).isEqualTo(notBallot.getValue().getValue());
            assertThat(refused.body()).contains("\"counted\":false", "ballot.error.malformed");
        }
        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ?", round)).isZero();
    }

    /** A POST of the browser's, without a session; every answer is JSON, kept by no cache and setting no cookie. */
    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Caller.base() + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/json"));
        assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        return response;
    }

    @Test
    void r9_17_nothingIsIssuedOrCastBeforeTheRoundOpensOrAfterItCloses() {
        var scene = scene(1, 2, 3);
        long petition = scene.petition(0);
        var opens = Instant.now().plus(Duration.ofDays(1));
        var closes = opens.plus(Duration.ofDays(1));
        long round = openRound(scene, opens, closes, ScoringRound.equalWeights(), RankingRule.MEDIAN);
        refused(() -> rounds.close(round), "round.error.notOpen");

        as(scene.member(0));
        refused(() -> Wallet.obtain(credentials, round), "round.error.notOpen");
        assertThat(scoring.sheet(round).open()).isFalse();
        Wallet wallet;
        try (var ignored = clock.at(opens)) {
            wallet = Wallet.obtain(credentials, round);
            assertThat(wallet.cast(box, petition, scores(5, 5, 5)).receipt()).isEqualTo(wallet.receipt(petition));
        }

        try (var ignored = clock.at(closes)) {
            refused(() -> wallet.cast(box, petition, scores(9, 9, 9)), "round.error.notOpen");
            as(scene.member(1));
            refused(() -> Wallet.obtain(credentials, round), "round.error.notOpen");
            refused(() -> scoring.declareConflict(round, petition, "Поздно"), "round.error.notOpen");
            var sheet = scoring.sheet(round);
            assertThat(sheet.open()).isFalse();
            assertThat(sheet.closed()).isTrue();
        }
        assertThat(scores(round)).as("the ballot cast while the round was open, unrevised")
                .containsExactly("5 5 5");
    }

    /**
     * R8.5 A round the secretariat closes early takes no ballot from then on, though the server already wrote ballots
     * of it (and keeps the round between its batches): neither a re-cast nor a first cast with a credential issued
     * while it was open.
     */
    @Test
    void r8_5_r9_17_aRoundClosedEarlyTakesNoMoreBallots() {
        var scene = scene(2, 1, 3);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.MEDIAN);
        var wallet = wallet(scene.member(0), round);
        wallet.cast(box, scene.petition(0), scores(5, 5, 5));

        close(round);

        refused(() -> wallet.cast(box, scene.petition(0), scores(9, 9, 9)), "round.error.notOpen");
        refused(() -> wallet.cast(box, scene.petition(1), scores(9, 9, 9)), "round.error.notOpen");
        assertThat(scores(round)).as("the ballot cast while the round was open, unrevised")
                .containsExactly("5 5 5");
    }

    /**
     * R9.28 The database holds the private keys sealed under the server's setting, not as keys a dump could sign with;
     * R9.29 they are destroyed when the round closes, by the secretariat at once or by its closing instant on the next
     * sweep, while the public keys stay and the ballots still count.
     */
    @Test
    void r9_28_r9_29_thePrivateKeysAreSealedAndDestroyedWhenTheRoundCloses() {
        var early = scene(2, 1, 1);
        long closedEarly = openRound(early, ScoringRound.equalWeights(), RankingRule.MEDIAN);
        wallet(early.member(0), closedEarly).cast(box, early.petition(0), scores(5, 6, 7));

        var past = scene(1, 1, 1);
        var opens = Instant.now().minus(Duration.ofHours(3));
        var closes = opens.plus(Duration.ofHours(1));
        long closedBefore;
        try (var ignored = clock.at(opens.plus(Duration.ofMinutes(1)))) {
            closedBefore = openRound(past, opens, closes, ScoringRound.equalWeights(), RankingRule.MEDIAN);
            wallet(past.member(0), closedBefore);
        }

        var seal = new KeySeal(ConfigProvider.getConfig().getValue(SealedColumn.SETTING, String.class));
        var stored = store.sql("SELECT k.signing_secret, k.public_key FROM petition_key k WHERE k.round_id = ?",
                closedEarly);
        assertThat(stored).hasSize(2).allSatisfy(row -> {
            var columns = (Object[]) row;
            assertThat((String) columns[0]).startsWith(KeySeal.PREFIX);
            var privateKey = BlindRsa.privateKey(seal.open((String) columns[0]));
            assertThat(privateKey.getModulus()).as("the sealed key is the public key's")
                    .isEqualTo(BlindRsa.publicKey((String) columns[1]).getModulus());
        });

        close(closedEarly);
        assertThat(count("SELECT COUNT(*) FROM petition_key WHERE round_id = ? AND signing_secret IS NULL"
                + " AND public_key IS NOT NULL", closedEarly)).isEqualTo(2);
        assertThat(results.board(closedEarly)).hasSize(1);
        // a round closed by its instant keeps its key until a sweep; whether the server's own, every minute, has
        // already run is not asked here (it may have, just now): the one run below must leave no key of it either way

        var open = scene(1, 1, 1);
        long stillOpen = openRound(open, ScoringRound.equalWeights(), RankingRule.MEDIAN);
        var wallet = wallet(open.member(0), stillOpen);

        keys.forgetClosed();
        assertThat(count("SELECT COUNT(*) FROM petition_key WHERE round_id = ? AND signing_secret IS NULL"
                + " AND public_key IS NOT NULL", closedBefore)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM petition_key WHERE round_id = ? AND signing_secret IS NOT NULL",
                stillOpen)).as("an open round keeps its keys").isEqualTo(1);
        assertThat(wallet.cast(box, open.petition(0), scores(4, 4, 4)).revised()).isFalse();
    }

    /**
     * R9.29 The sweep destroys the keys of closed rounds without waiting for a round whose keys are being made: that
     * transaction holds its round's row and inserts one key after another for as long as it takes (a tenth of a second
     * a key, minutes for a large round). The sweep used to lock every key of every round and waited for it until it
     * gave up, or the two deadlocked and the keys being made were lost.
     */
    @Test
    void r9_29_theSweepDoesNotWaitForARoundWhoseKeysAreBeingMade() throws Exception {
        var past = scene(1, 1, 1);
        var opens = Instant.now().minus(Duration.ofHours(3));
        long closed;
        try (var ignored = clock.at(opens.plus(Duration.ofMinutes(1)))) {
            closed = openRound(past, opens, opens.plus(Duration.ofHours(1)), ScoringRound.equalWeights(),
                    RankingRule.MEDIAN);
            wallet(past.member(0), closed);
        }
        var making = scene(2, 1, 1);
        long round = fixtures.openRound(making.cycle(), "Ключи", Duration.ofDays(1));
        var inserted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var maker = executor.submit(() -> transactions.rollBack(() -> {
            // the round's row held, as the making of its keys holds it
            fixtures.update("UPDATE scoring_round SET id = id WHERE id = ?", round);
            fixtures.update("INSERT INTO petition_key (round_id, nomination_id, public_key) VALUES (?, ?, 'made')",
                    round, making.petition(0));
            inserted.countDown();
            await(release);
            fixtures.update("INSERT INTO petition_key (round_id, nomination_id, public_key) VALUES (?, ?, 'made')",
                    round, making.petition(1));
        }));
        assertThat(inserted.await(60, TimeUnit.SECONDS)).as("the keys are being made").isTrue();
        try {
            keys.forgetClosed();
            assertThat(count("SELECT COUNT(*) FROM petition_key WHERE round_id = ? AND signing_secret IS NULL",
                    closed)).as("destroyed while the other round's keys are being made").isEqualTo(1);
        } finally {
            release.countDown();
        }
        maker.get(60, TimeUnit.SECONDS);
    }

    /**
     * R9.22 Two rounds opened in the same seconds have their keys made at once, each completely, neither maker ended
     * by the other: each reads its round's keys and inserts its own, and the two used to lock the same stretch of
     * {@code petition_key} (the gap at its end) and wait for each other until the database ended one as a deadlock.
     */
    @Test
    void r9_22_theKeysOfTwoRoundsAreMadeAtOnce() throws Exception {
        var first = scene(4, 1, 1);
        var second = scene(4, 1, 1);
        long one = fixtures.openRound(first.cycle(), "Первый", Duration.ofDays(1));
        long other = fixtures.openRound(second.cycle(), "Второй", Duration.ofDays(1));
        var start = new CountDownLatch(1);
        var makers = List.of(one, other).stream()
                .map(round -> executor.submit(() -> {
                    await(start);
                    return keys.keys(round).keySet();
                }))
                .toList();
        start.countDown();
        assertThat(makers.get(0).get(120, TimeUnit.SECONDS)).containsExactlyInAnyOrderElementsOf(
                first.cycle().petitions());
        assertThat(makers.get(1).get(120, TimeUnit.SECONDS)).containsExactlyInAnyOrderElementsOf(
                second.cycle().petitions());
        assertThat(count("SELECT COUNT(*) FROM petition_key WHERE round_id IN (?, ?)", one, other)).isEqualTo(8);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(120, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void r8_6_scoresOffTheScaleOrIncompleteAreRefused() {
        var scene = scene(2, 1, 3);
        // SIGNIFICANCE weighs nothing in this round, so a cast ballot needs the other two only
        long round = openRound(scene, weights(2, 1, 0), RankingRule.WEIGHTED_MEAN);
        long petition = scene.petition(0);

        var wallet = wallet(scene.member(0), round);
        refused(() -> wallet.cast(box, petition, scores(0, 5, 5)), "ballot.error.scale");
        refused(() -> wallet.cast(box, petition, scores(5, 11, 5)), "ballot.error.scale");
        refused(() -> wallet.cast(box, petition, scores(5, null, 5)), "ballot.error.incomplete");
        refused(() -> wallet.cast(box, petition, scores(null, null, null)), "ballot.error.incomplete");
        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ?", round)).isZero();

        wallet.cast(box, scene.petition(1), scores(1, 10, null));
        assertThat(scores(round)).as("the criterion of no weight has no score").containsExactly("1 10 -");
        wallet.cast(box, scene.petition(1), scores(4, 3, null));
        assertThat(scores(round)).as("nor has it once the ballot is cast again").containsExactly("4 3 -");
    }

    @Test
    void r9_18_resultsAndBoardAreRefusedWhileTheRoundIsOpen() {
        var scene = scene(1, 1, 1);
        long later = openRound(scene, Instant.now().plus(Duration.ofDays(2)), Instant.now().plus(Duration.ofDays(3)),
                ScoringRound.equalWeights(), RankingRule.MEDIAN);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.MEDIAN);
        wallet(scene.member(0), round).cast(box, scene.petition(0), scores(8, 8, 8));

        as(scene.member(0));
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
    void r9_13_r9_21_aMemberOfAnotherCouncilSeesNotTheRoundNorItsResultsNorCredentials() {
        var scene = scene(1, 1, 1);
        var elsewhere = scene(1, 1, 1);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        wallet(scene.member(0), round).cast(box, scene.petition(0), scores(6, 6, 6));

        as(elsewhere.member(0));
        refused(() -> Wallet.obtain(credentials, round), "general.error.notFound");
        refused(() -> scoring.sheet(round), "general.error.notFound");
        close(round);

        as(elsewhere.member(0));
        refused(() -> results.board(round), "general.error.notFound");
        refused(() -> results.results(round), "general.error.notFound");
        refused(() -> results.rounds(scene.cycle().cycleId()), "general.error.notFound");
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
     * petition 1, two only:  m1 (4, 4, 4) → 4, m2 (9, 9, 9) → 9: fewer than k, not published, not ranked, not on the
     *   board
     * petition 2, exactly k: m3, m4, m5 (5, 5, 5) → 5 each: mean = median = trimmed mean (fewer than 5) = 5, sd 0
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
        var m1 = wallet(scene.member(0), round);
        m1.cast(box, p0, scores(8, 6, 6));
        m1.cast(box, p1, scores(4, 4, 4));
        var m2 = wallet(scene.member(1), round);
        m2.cast(box, p0, scores(10, 9, 7));
        m2.cast(box, p1, scores(9, 9, 9));
        var m3 = wallet(scene.member(2), round);
        m3.cast(box, p0, scores(5, 4, 3));
        m3.cast(box, p2, scores(5, 5, 5));
        var m4 = wallet(scene.member(3), round);
        m4.cast(box, p0, scores(6, 6, 6));
        m4.cast(box, p2, scores(5, 5, 5));
        var m5 = wallet(scene.member(4), round);
        m5.cast(box, p0, scores(9, 8, 8));
        m5.cast(box, p2, scores(5, 5, 5));
        asAdmin();
        assertThat(rounds.totals(round)).satisfies(totals -> {
            assertThat(totals.members()).isEqualTo(5);
            assertThat(totals.issued()).isEqualTo(5);
            assertThat(totals.ballots()).isEqualTo(10);
        });
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
            assertThat(tally.rank()).isEqualTo(2);
        });
        assertThat(tally(outcome.rows(), p1)).satisfies(tally -> {
            assertThat(tally.publishable()).isFalse();
            assertThat(tally.weightedMean()).isNaN();
            assertThat(tally.trimmedMean()).isNaN();
            assertThat(tally.rank()).isZero();
            assertThat(tally.distribution()).isEmpty();
        });

        // R9.19 the board lists the eight ballots of the petitions with k ballots, in the order of their receipts;
        // R9.20 the two of petition 1 are not on it
        var board = results.board(round);
        assertThat(board).hasSize(8);
        assertThat(board).extracting(BoardEntry::receiptHash).isSorted()
                .contains(m1.receipt(p0), m5.receipt(p2)).doesNotContain(m1.receipt(p1), m2.receipt(p1));
        assertThat(boardOf(board, scene.cycle().numbers().get(1))).isEmpty();
    }

    /**
     * R9.2 Sixteen members cast and re-cast at once through the real endpoint, without a session: every answer says
     * the ballot counted, none sets a cookie, and the round holds one ballot per credential. R9.27 Their ballots are
     * written together, so a third pass where every other member sends a score off the scale gets that ballot refused
     * with its reason while the others' re-casts count, and no refused score is stored.
     */
    @Test
    void r9_2_r9_27_sixteenMembersCastingAtOnceThroughTheEndpointAllCountWithoutASession() throws Exception {
        var scene = scene(3, 16, 3);
        long round = openRound(scene, ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN);
        var wallets = new ArrayList<Wallet>();
        for (var member : scene.members()) {
            wallets.add(wallet(member, round));
        }
        Caller.anonymous();
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var url = URI.create(Caller.base() + "/api/scoring/ballots");
        var failures = Collections.synchronizedList(new ArrayList<String>());
        var pool = Executors.newFixedThreadPool(16);
        try {
            var done = new ArrayList<Future<?>>();
            for (var wallet : wallets) {
                boolean offTheScale = wallets.indexOf(wallet) % 2 == 0;
                done.add(pool.submit(() -> {
                    for (int pass = 0; pass < 3; pass++) {
                        boolean refusedPass = pass == 2 && offTheScale;
                        for (long petition : scene.cycle().petitions()) {
                            var credential = wallet.credential(petition);
                            var merit = refusedPass ? 11 : Math.min(5 + pass, 6);
                            var body = "{\"round\":" + round + ",\"petition\":" + petition + ",\"scores\":"
                                    + "{\"ARTISTIC_MERIT\":" + merit + ",\"FRIENDSHIP\":6,\"SIGNIFICANCE\":7},"
                                    + "\"token\":\"" + base64(credential.token()) + "\",\"signature\":\""
                                    + base64(credential.signature()) + "\"}";
                            var response = client.send(HttpRequest.newBuilder(url)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            var expected = refusedPass ? List.of("\"counted\":false", "ballot.error.scale")
                                    : List.of("\"counted\":true", pass == 0 ? "\"revised\":false" : "\"revised\":true");
                            if (response.statusCode() != (refusedPass ? 400 : 200)
                                    || !expected.stream().allMatch(response.body()::contains)
                                    || response.headers().firstValue("Set-Cookie").isPresent()) {
                                failures.add(response.statusCode() + " " + response.body() + " "
                                        + response.headers().map());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(failures).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ?", round)).isEqualTo(48);
        assertThat(count("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ? AND artistic_merit = 6", round))
                .isEqualTo(48);

        // a refusal is an answer too, with its reason
        var refused = client.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"round\":" + round + ",\"petition\":"
                        + scene.petition(0) + ",\"scores\":{},\"token\":\"AAAA\",\"signature\":\"AAAA\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"counted\":false", "ballot.error.credential");
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
