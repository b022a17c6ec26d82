package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.audit.boundary.AuditFilter;
import org.laureate.audit.boundary.AuditService;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.demo.DemoData;
import org.laureate.platform.Country;
import org.laureate.scoring.boundary.BallotState;
import org.laureate.scoring.boundary.BoardEntry;
import org.laureate.scoring.boundary.CouncilService;
import org.laureate.scoring.boundary.KeyringService;
import org.laureate.scoring.boundary.MemberProgress;
import org.laureate.scoring.boundary.ResultsService;
import org.laureate.scoring.boundary.RoundForm;
import org.laureate.scoring.boundary.RoundService;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.control.MemberSecret;
import org.laureate.scoring.control.PetitionTally;
import org.laureate.scoring.control.Receipt;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Account;

/**
 * Tries to find out who cast which ballot, and fails: through the database itself, as the secretariat, as another
 * member and as a co-chair, in the private notes, in the server's log and in the members' sealed secrets (R9.1–R9.8,
 * R9.12, R9.16, R9.19). Each test seeds a cycle of its own whose call has closed, a council and a round.
 */
@ExtendWith(ArquillianExtension.class)
class AnonymityIT {


    private static final Set<String> TIME_TYPES = Set.of("date", "time", "datetime", "timestamp", "year");
    private static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");
    private static final List<String> IDENTIFYING_WORDS = List.of("member", "account", "user", "created", "updated",
            "time", "date", "author", "voter", "caster", "session", "address");
    private static final Set<String> IDENTIFYING_PARTS = Set.of("at", "by", "ip", "who", "when", "on");

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

    @Inject
    AuditService audit;

    /** A council member: their account, their seat's id. */
    private record Member(Account account, long seatId) {

        String username() {
            return account.getUsername();
        }
    }

    /** A cycle whose call has closed, its council (plain members, then one co-chair) and one open round. */
    private record Scene(ScoringFixtures.Seeded cycle, List<Member> members, Member chair, long round) {

        long petition(int index) {
            return cycle.petition(index);
        }

        Member member(int index) {
            return members.get(index);
        }

        List<String> usernames() {
            var names = new ArrayList<String>();
            members.forEach(member -> names.add(member.username()));
            names.add(chair.username());
            return names;
        }
    }

    private Scene scene(int petitions, int members) {
        var cycle = fixtures.cycle(CycleYears.next(), petitions, 3);
        var accounts = new ArrayList<Account>();
        for (int i = 0; i < members; i++) {
            accounts.add(fixtures.expert("anon" + i, false));
        }
        var chairAccount = fixtures.expert("chair", true);
        asAdmin();
        var seats = new ArrayList<Member>();
        for (var account : accounts) {
            seats.add(new Member(account, council.appoint(cycle.cycleId(), account.getId(), false, Country.RU, null)
                    .getId()));
        }
        var chair = new Member(chairAccount, council.appoint(cycle.cycleId(), chairAccount.getId(), true, Country.BY,
                null).getId());
        return new Scene(cycle, seats, chair, openRound(cycle.cycleId()));
    }

    private long openRound(long cycleId) {
        asAdmin();
        return rounds.open(cycleId, new RoundForm("Отбор соискателей", Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofDays(1)), ScoringRound.equalWeights(), RankingRule.NORMALISED_MEAN))
                .getId();
    }

    private static void asAdmin() {
        Caller.signIn("admin", DemoData.PASSWORD);
    }

    private MemberSecret as(Member member) {
        Caller.signIn(member.username(), ScoringFixtures.PASSWORD);
        return keyring.open(ScoringFixtures.PASSWORD.toCharArray());
    }

    private static Map<Criterion, Integer> scores(int artisticMerit, int friendship, int significance) {
        var scores = new EnumMap<Criterion, Integer>(Criterion.class);
        scores.put(Criterion.ARTISTIC_MERIT, artisticMerit);
        scores.put(Criterion.FRIENDSHIP, friendship);
        scores.put(Criterion.SIGNIFICANCE, significance);
        return scores;
    }

    /** One row of the {@code ballot} table, every column read as text. */
    private Map<String, String> ballotRow(String receiptHash) {
        var columns = List.of("id", "round_id", "nomination_id", "ballot_key", "pseudonym", "submitted",
                "receipt_hash", "sealed_receipt", "sealed_note");
        var select = String.join(", ", columns.stream().map(c -> "CAST(" + c + " AS CHAR)").toList());
        var values = (Object[]) store.sql("SELECT " + select + " FROM ballot WHERE receipt_hash = ?", receiptHash)
                .get(0);
        var row = new LinkedHashMap<String, String>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i] == null ? null : values[i].toString());
        }
        return row;
    }

    private String ballotId(String receipt) {
        return (String) store.sql("SELECT id FROM ballot WHERE receipt_hash = ?", Receipt.hash(receipt)).get(0);
    }

    private List<String> strings(String query, Object... parameters) {
        return store.sql(query, parameters).stream().map(value -> value == null ? null : value.toString()).toList();
    }

    /** The tables and columns of the test database that hold text or bytes. */
    private List<String[]> textColumns() {
        return store.sql("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN ('" + String.join("', '", TEXT_TYPES) + "')")
                .stream().map(row -> new String[] {(String) ((Object[]) row)[0], (String) ((Object[]) row)[1]})
                .toList();
    }

    /** Where in the whole database a text occurs: "table.column" for every column of a row that contains it. */
    private List<String> whereInTheDatabase(String text) {
        var found = new ArrayList<String>();
        for (var column : textColumns()) {
            long rows = ((Number) store.sql("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1]
                    + "` LIKE CONCAT('%', ?, '%')", text).get(0)).longValue();
            if (rows > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static String digest(String algorithm, String text) {
        try {
            return hex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 32 bytes of a member's secret, which the class never shows: read here only to look for them elsewhere. */
    private static byte[] bytesOf(MemberSecret secret) {
        try {
            var field = MemberSecret.class.getDeclaredField("secret");
            field.setAccessible(true);
            return ((byte[]) field.get(secret)).clone();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every way a text can be spelt in a column or a log line: as is, in both cases of hex, in Base64. */
    private static List<String> spellings(byte[] bytes) {
        return List.of(hex(bytes), hex(bytes).toUpperCase(Locale.ROOT), Base64.getEncoder().encodeToString(bytes),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    private static boolean containsBytes(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * What someone without the secret could compute about a member's ballot on a petition: the member's own data,
     * alone and with the round and the petition, and their SHA-256, SHA-1, MD5 and name-based UUIDs.
     */
    private static Set<String> derivable(Member member, long roundId, long petitionId) {
        var account = member.account();
        var inputs = new ArrayList<String>();
        for (var who : List.of(account.getUsername(), String.valueOf(account.getId()), account.getEmail(),
                account.getFullName(), String.valueOf(member.seatId()))) {
            inputs.add(who);
            for (var separator : List.of("", ":", "|", "-", "/")) {
                inputs.add(who + separator + roundId);
                inputs.add(roundId + separator + who);
                inputs.add(who + separator + roundId + separator + petitionId);
                inputs.add(roundId + separator + petitionId + separator + who);
                inputs.add(roundId + separator + who + separator + petitionId);
            }
        }
        var values = new HashSet<String>();
        for (var input : inputs) {
            values.add(input);
            values.add(digest("SHA-256", input));
            values.add(digest("SHA-1", input));
            values.add(digest("MD5", input));
            values.add(UUID.nameUUIDFromBytes(input.getBytes(StandardCharsets.UTF_8)).toString());
        }
        return values;
    }

    @Test
    void theBallotTablesNameNoMemberCarryNoTimeAndReferToNothingButTheRoundAndThePetition() {
        var columns = store.sql("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('ballot', 'ballot_score')");
        assertThat(columns).as("both tables exist").hasSizeGreaterThanOrEqualTo(12);
        for (Object column : columns) {
            var row = (Object[]) column;
            var name = ((String) row[1]).toLowerCase(Locale.ROOT);
            var type = ((String) row[2]).toLowerCase(Locale.ROOT);
            assertThat(IDENTIFYING_WORDS).as(row[0] + "." + name).noneMatch(name::contains);
            assertThat(Arrays.asList(name.split("_"))).as(row[0] + "." + name).doesNotContainAnyElementsOf(
                    IDENTIFYING_PARTS);
            assertThat(TIME_TYPES).as(row[0] + "." + name + " " + type).doesNotContain(type);
        }
        assertThat(strings("SELECT REFERENCED_TABLE_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ballot' AND REFERENCED_TABLE_NAME IS NOT NULL"))
                .containsExactlyInAnyOrder("scoring_round", "nomination");
        assertThat(strings("SELECT REFERENCED_TABLE_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ballot_score'"
                + " AND REFERENCED_TABLE_NAME IS NOT NULL")).containsExactly("ballot");
        assertThat(strings("SELECT REFERENCED_TABLE_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'participation'"
                + " AND REFERENCED_TABLE_NAME IS NOT NULL"))
                .containsExactlyInAnyOrder("scoring_round", "council_member", "nomination");
        assertThat(strings("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'participation'"))
                .as("participation refers to no ballot").containsExactlyInAnyOrder("round_id", "member_id",
                        "nomination_id");
        assertThat(strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                + " AND REFERENCED_TABLE_NAME = 'ballot'")).as("only the scores refer to a ballot")
                .containsOnly("ballot_score");
        assertThat(strings("SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = DATABASE()"
                + " AND EVENT_OBJECT_TABLE IN ('ballot', 'ballot_score', 'participation')"))
                .as("no trigger copies a ballot or stamps it").isEmpty();
        assertThat(strings("SELECT TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME IN ('ballot', 'ballot_score')")).as("not system-versioned (no row history)")
                .containsOnly("BASE TABLE");
        assertThat(strings("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'ballot' AND (EXTRA LIKE '%auto_increment%' OR COLUMN_DEFAULT IS NOT NULL"
                + " AND COLUMN_DEFAULT <> 'NULL')")).as("nothing numbered or stamped by the database").isEmpty();
    }

    @Test
    void ballotIdsAreRandomAndNothingInABallotIsDerivableWithoutTheSecret() {
        var scene = scene(6, 6);
        long round = scene.round();
        long second = openRound(scene.cycle().cycleId());
        var castOrder = new ArrayList<String>();
        var receipts = new LinkedHashMap<String, Member>();
        var petitionOf = new LinkedHashMap<String, Long>();
        var pseudonyms = new LinkedHashMap<String, String>();
        for (int m = 0; m < 6; m++) {
            var member = scene.member(m);
            var secret = as(member);
            for (int p = 0; p < 6; p++) {
                var receipt = scoring.submit(secret, round, scene.petition(p), scores(1 + (m + p) % 10, 5, 6), null);
                castOrder.add(ballotId(receipt));
                receipts.put(receipt, member);
                petitionOf.put(receipt, scene.petition(p));
            }
            pseudonyms.put(member.username(), secret.pseudonym(round));
            if (m == 0) {
                var again = scoring.submit(secret, second, scene.petition(0), scores(3, 3, 3), null);
                assertThat(ballotRow(Receipt.hash(again)).get("pseudonym")).as("a member's pseudonym is the round's")
                        .isEqualTo(secret.pseudonym(second)).isNotEqualTo(secret.pseudonym(round));
            }
        }

        assertThat(castOrder).hasSize(36).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertThat(castOrder.stream().sorted().toList()).as("the ids' order is not the casting order")
                .isNotEqualTo(castOrder);
        assertThat(strings("SELECT id FROM ballot WHERE round_id = ?", round))
                .as("the table's own order is not the casting order").isNotEqualTo(castOrder)
                .containsExactlyInAnyOrderElementsOf(castOrder);
        assertThat(strings("SELECT id FROM ballot").stream().filter(castOrder::contains).toList())
                .isNotEqualTo(castOrder);
        assertThat(strings("SELECT DISTINCT pseudonym FROM ballot WHERE round_id = ?", round))
                .as("one pseudonym per member, none shared").containsExactlyInAnyOrderElementsOf(pseudonyms.values());

        for (var cast : receipts.entrySet()) {
            var row = ballotRow(Receipt.hash(cast.getKey()));
            var derivable = derivable(cast.getValue(), round, petitionOf.get(cast.getKey()));
            assertThat(List.of(row.get("id"), row.get("ballot_key"), row.get("pseudonym"), row.get("receipt_hash"),
                    row.get("sealed_receipt"))).as("the ballot of " + cast.getValue().username())
                    .doesNotContainAnyElementsOf(derivable)
                    .doesNotContain(cast.getValue().username(), cast.getKey());
            assertThat(row.get("ballot_key")).hasSize(64).isNotEqualTo(row.get("pseudonym"));
        }
    }

    @Test
    void theSecretariatSeesCountsOnlyAndTheAuditNeverSaysWhoCastWhat() {
        var scene = scene(4, 3);
        long round = scene.round();
        var since = Instant.now().minusSeconds(1);
        var castHashes = new ArrayList<String>();
        var secrets = new ArrayList<MemberSecret>();
        for (int m = 0; m < 3; m++) {
            var secret = as(scene.member(m));
            secrets.add(secret);
            for (int p = 0; p <= m + 1; p++) {
                castHashes.add(Receipt.hash(scoring.submit(secret, round, scene.petition(p), scores(9 - p, 4, 7),
                        "Заметка " + m)));
            }
        }
        var revised = scoring.submit(secrets.get(2), round, scene.petition(0), scores(2, 2, 2), null);
        castHashes.set(5, Receipt.hash(revised));

        asAdmin();
        assertThat(Arrays.stream(MemberProgress.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("fullName", "coChair", "cast", "recused", "total");
        assertThat(rounds.progress(round)).extracting(MemberProgress::fullName, MemberProgress::cast)
                .containsExactlyInAnyOrder(
                        tuple(scene.chair().account().getFullName(), 0L),
                        tuple(scene.member(0).account().getFullName(), 2L),
                        tuple(scene.member(1).account().getFullName(), 3L),
                        tuple(scene.member(2).account().getFullName(), 4L));

        var ballotEntries = audit.find(new AuditFilter("Ballot", String.valueOf(round), null, null, null, null), 0,
                100);
        assertThat(ballotEntries).hasSize(10);
        assertThat(ballotEntries).allSatisfy(entry -> {
            assertThat(entry.getActor()).isEqualTo(AuditService.UNATTRIBUTED);
            assertThat(entry.getBefore()).isNull();
            assertThat(entry.getAfter()).isNull();
        });
        assertThat(ballotEntries).extracting(AuditEntry::getAction).containsOnly("cast", "revise")
                .filteredOn("revise"::equals).hasSize(1);
        var secretsOfBallots = new ArrayList<String>(castHashes);
        for (var hash : castHashes) {
            var row = ballotRow(hash);
            secretsOfBallots.add(row.get("id"));
            secretsOfBallots.add(row.get("ballot_key"));
            secretsOfBallots.add(row.get("pseudonym"));
        }
        var everything = audit.find(new AuditFilter(null, null, null, null, since, null), 0, 1000);
        assertThat(everything).extracting(AuditEntry::getActor).as("no member acted on the record")
                .doesNotContainAnyElementsOf(scene.usernames());
        assertThat(everything).allSatisfy(entry -> assertThat(Arrays.asList(entry.getSubjectId(), entry.getBefore(),
                entry.getAfter(), entry.getAction())).doesNotContainAnyElementsOf(secretsOfBallots));
        assertThat(everything).extracting(AuditEntry::getSubject).doesNotContain("Participation");

        rounds.close(round);
        assertThat(Arrays.stream(BoardEntry.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("receiptHash", "registrationNumber", "workTitle", "scores");
        var board = results.board(round);
        assertThat(board).extracting(BoardEntry::receiptHash).containsExactlyInAnyOrderElementsOf(castHashes)
                .isSorted().isNotEqualTo(castHashes);
        assertThat(Arrays.stream(PetitionTally.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("pseudonym", "pseudonyms");
        var readable = board.toString() + results.results(round).rows().toString();
        for (int m = 0; m < 3; m++) {
            assertThat(readable).doesNotContain(scene.member(m).username(),
                    scene.member(m).account().getFullName(), secrets.get(m).pseudonym(round), "Заметка");
        }
        for (var secret : secretsOfBallots) {
            if (!castHashes.contains(secret)) {
                assertThat(readable).doesNotContain(secret);
            }
        }
    }

    @Test
    void anotherMemberAndACoChairSeeNothingOfAMembersBallots() {
        var scene = scene(3, 2);
        long round = scene.round();
        var author = scene.member(0);
        var authorSecret = as(author);
        var firstReceipt = scoring.submit(authorSecret, round, scene.petition(0), scores(9, 9, 9), "Лучшее в цикле");
        var secondReceipt = scoring.submit(authorSecret, round, scene.petition(1), scores(2, 3, 4), "Слабо");
        scoring.draft(authorSecret, round, scene.petition(2), scores(5, 5, 5), "Черновик");

        var otherSecret = as(scene.member(1));
        var ownReceipt = scoring.submit(otherSecret, round, scene.petition(1), scores(6, 6, 6), null);
        var otherSheet = scoring.sheet(otherSecret, round);
        assertThat(otherSheet.rows()).extracting(row -> row.petition().id(), row -> row.state())
                .containsExactlyInAnyOrder(tuple(scene.petition(0), BallotState.NOT_SCORED),
                        tuple(scene.petition(1), BallotState.SUBMITTED),
                        tuple(scene.petition(2), BallotState.NOT_SCORED));
        var otherView = scoring.ballot(otherSecret, round, scene.petition(0));
        assertThat(otherView.state()).isEqualTo(BallotState.NOT_SCORED);
        assertThat(otherView.scores()).isEmpty();
        assertThat(otherView.note()).isNull();
        assertThat(otherView.receipt()).isNull();
        assertThat(scoring.ballot(otherSecret, round, scene.petition(2)).note()).isNull();
        assertThat(scoring.ballot(otherSecret, round, scene.petition(1)).scores()).isEqualTo(scores(6, 6, 6));
        assertThat(scoring.receipts(otherSecret, round)).extracting(receipt -> receipt.code())
                .containsExactly(ownReceipt);

        var chairSecret = as(scene.chair());
        assertThat(scoring.sheet(chairSecret, round).rows()).extracting(row -> row.state())
                .containsOnly(BallotState.NOT_SCORED);
        assertThat(scoring.receipts(chairSecret, round)).isEmpty();
        for (int p = 0; p < 3; p++) {
            var view = scoring.ballot(chairSecret, round, scene.petition(p));
            assertThat(view.scores()).isEmpty();
            assertThat(view.note()).isNull();
            assertThat(view.receipt()).isNull();
        }
        for (var receipt : List.of(firstReceipt, secondReceipt)) {
            var row = ballotRow(Receipt.hash(receipt));
            assertThat(otherSecret.openText(row.get("sealed_note"))).isEmpty();
            assertThat(chairSecret.openText(row.get("sealed_receipt"))).isEmpty();
            assertThat(authorSecret.openText(row.get("sealed_receipt"))).contains(receipt);
        }

        asAdmin();
        rounds.close(round);
        for (var reader : List.of(scene.member(1), scene.chair())) {
            as(reader);
            var readable = results.board(round).toString() + results.results(round).toString();
            assertThat(readable).doesNotContain(author.username(), author.account().getFullName(),
                    authorSecret.pseudonym(round), firstReceipt, secondReceipt, "Лучшее", "Слабо", "Черновик");
            assertThat(results.board(round)).extracting(BoardEntry::receiptHash)
                    .containsExactlyInAnyOrder(Receipt.hash(firstReceipt), Receipt.hash(secondReceipt),
                            Receipt.hash(ownReceipt));
        }
    }

    @Test
    void thePrivateNoteIsStoredSealedAndOnlyItsAuthorOpensIt() {
        var scene = scene(2, 2);
        long round = scene.round();
        var marker = "Ноталь-" + UUID.randomUUID().toString().substring(0, 8);
        var note = marker + ": музыка слабее либретто";
        var draftNote = marker + "-черновик";
        var authorSecret = as(scene.member(0));
        var receipt = scoring.submit(authorSecret, round, scene.petition(0), scores(7, 8, 9), note);
        scoring.draft(authorSecret, round, scene.petition(1), scores(7, 8, 9), draftNote);

        var row = ballotRow(Receipt.hash(receipt));
        assertThat(row.get("sealed_note")).isNotBlank().doesNotContain(marker);
        var noteBytes = note.getBytes(StandardCharsets.UTF_8);
        var markerBytes = marker.getBytes(StandardCharsets.UTF_8);
        for (var spelling : spellings(markerBytes)) {
            assertThat(whereInTheDatabase(spelling)).as("the note spelt " + spelling).isEmpty();
        }
        assertThat(whereInTheDatabase(marker)).as("the note anywhere in the database").isEmpty();
        assertThat(whereInTheDatabase(receipt)).as("the receipt code anywhere in the database").isEmpty();
        assertThat(containsBytes(Base64.getDecoder().decode(row.get("sealed_note")), markerBytes)).isFalse();
        assertThat(strings("SELECT HEX(sealed_note) FROM ballot WHERE round_id = ?", round))
                .noneMatch(sealed -> sealed.contains(hex(markerBytes).toUpperCase(Locale.ROOT)));
        assertThat(Base64.getDecoder().decode(row.get("sealed_note")).length)
                .as("an IV and a tag around the sealed text").isEqualTo(12 + noteBytes.length + 16);

        assertThat(authorSecret.openText(row.get("sealed_note"))).contains(note);
        assertThat(scoring.ballot(authorSecret, round, scene.petition(0)).note()).isEqualTo(note);
        assertThat(scoring.ballot(authorSecret, round, scene.petition(1)).note()).isEqualTo(draftNote);
        var otherSecret = as(scene.member(1));
        assertThat(otherSecret.openText(row.get("sealed_note"))).isEmpty();
        assertThat(strings("SELECT sealed_note FROM ballot WHERE round_id = ?", round))
                .allSatisfy(sealed -> assertThat(otherSecret.openText(sealed)).isEmpty());
        var chairSecret = as(scene.chair());
        assertThat(chairSecret.openText(row.get("sealed_note"))).isEmpty();
        assertThat(MemberSecret.generate().openText(row.get("sealed_note"))).isEmpty();
    }

    @Test
    void theServerLogNamesNoMemberAndNoBallot() throws IOException {
        var scene = scene(3, 2);
        long round = scene.round();
        var logFile = serverLog();
        long logFrom = logFile == null ? 0 : Files.size(logFile);
        var captured = new ArrayList<LogRecord>();
        var handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (captured) {
                    captured.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        var root = Logger.getLogger("");
        var application = Logger.getLogger("org.laureate");
        var applicationLevel = application.getLevel();
        var forbidden = new ArrayList<String>();
        root.addHandler(handler);
        application.setLevel(Level.ALL);
        try {
            Logger.getLogger("org.laureate.it").info("canary of the log capture");
            for (int m = 0; m < 2; m++) {
                var member = scene.member(m);
                var secret = as(member);
                forbidden.add(member.username());
                forbidden.add(member.account().getFullName());
                forbidden.add(secret.pseudonym(round));
                for (int p = 0; p < 3; p++) {
                    var first = scoring.submit(secret, round, scene.petition(p), scores(4 + p, 5, 6 + m),
                            "Заметка для журнала " + m);
                    var receipt = scoring.submit(secret, round, scene.petition(p), scores(5 + p, 5, 6 + m), null);
                    forbidden.add(first);
                    forbidden.add(receipt);
                    forbidden.add(Receipt.hash(first));
                    forbidden.add(Receipt.hash(receipt));
                    forbidden.add(secret.ballotKey(round, scene.petition(p)));
                    forbidden.add(ballotId(receipt));
                }
                scoring.receipts(secret, round);
                scoring.sheet(secret, round);
                scoring.ballot(secret, round, scene.petition(0));
            }
            asAdmin();
            rounds.progress(round);
            rounds.close(round);
            results.board(round);
            results.results(round);
        } finally {
            root.removeHandler(handler);
            application.setLevel(applicationLevel);
        }
        forbidden.add("Заметка для журнала");

        var formatter = new SimpleFormatter();
        var lines = new ArrayList<String>();
        synchronized (captured) {
            for (var record : captured) {
                lines.add(formatter.format(record) + " " + record.getLoggerName() + " "
                        + Arrays.toString(record.getParameters()));
            }
        }
        assertThat(lines).as("the capture works").anyMatch(line -> line.contains("canary of the log capture"));
        var words = forbidden.toArray(String[]::new);
        for (var line : lines) {
            assertThat(line).doesNotContain(words);
        }
        if (logFile != null) {
            var written = Files.readString(logFile, StandardCharsets.UTF_8).substring((int) logFrom);
            assertThat(written).as(logFile.toString()).doesNotContain(words);
        }
    }

    /** The server's log file, when Payara Micro writes one; it writes to its console otherwise. */
    private static Path serverLog() {
        for (var property : List.of("payaramicro.logFile", "com.sun.aas.instanceRoot")) {
            var value = System.getProperty(property);
            if (value != null) {
                var path = Path.of(value);
                var file = Files.isDirectory(path) ? path.resolve("logs").resolve("server.log") : path;
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
        }
        return null;
    }

    @Test
    void aMembersSecretIsNeverInTheDatabaseInTheClearNorPrinted() {
        var scene = scene(1, 1);
        var member = scene.member(0);
        var secret = as(member);
        scoring.submit(secret, scene.round(), scene.petition(0), scores(6, 6, 6), "Ключ");
        var bytes = bytesOf(secret);
        var sealKey = hmac(bytes, "seal");

        var stored = (Object[]) store.sql("SELECT salt, sealed_secret FROM member_key WHERE account_id = ?",
                member.account().getId()).get(0);
        var salt = (String) stored[0];
        var sealed = (String) stored[1];
        var spellings = new ArrayList<String>(spellings(bytes));
        spellings.addAll(spellings(sealKey));
        spellings.add(ScoringFixtures.PASSWORD);
        for (var spelling : spellings) {
            assertThat(salt).doesNotContain(spelling);
            assertThat(sealed).doesNotContain(spelling);
            assertThat(secret.toString()).doesNotContain(spelling);
            assertThat(whereInTheDatabase(spelling)).as(spelling).isEmpty();
        }
        assertThat(containsBytes(Base64.getDecoder().decode(sealed), bytes)).isFalse();
        assertThat(containsBytes(Base64.getDecoder().decode(sealed), sealKey)).isFalse();
        assertThat(secret.toString()).isEqualTo("MemberSecret[hidden]");
        assertThat(String.valueOf(List.of(secret))).doesNotContain(hex(bytes));

        var kept = new MemberSecret.Sealed(salt, sealed);
        assertThat(MemberSecret.open(kept, ScoringFixtures.PASSWORD.toCharArray())).contains(secret);
        assertThat(MemberSecret.open(kept, DemoData.PASSWORD.toCharArray())).isEmpty();
    }
}
