package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.audit.boundary.AuditFilter;
import org.laureate.audit.boundary.AuditService;
import org.laureate.council.boundary.CouncilService;
import org.laureate.demo.DemoData;
import org.laureate.platform.Country;
import org.laureate.scoring.boundary.BallotBox;
import org.laureate.scoring.boundary.BoardEntry;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.boundary.ResultsService;
import org.laureate.scoring.boundary.RoundForm;
import org.laureate.scoring.boundary.RoundService;
import org.laureate.scoring.boundary.RoundTotals;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.control.PetitionTally;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Account;

/**
 * Plays the adversary who wants to know who cast which ballot, or which ballots one member cast, and fails: with a
 * full read of the database after a round with a recusal, declared conflicts before and after issuance, drafts and
 * skipped petitions (every column of every table, the order of the rows, the issuance records), as the secretariat,
 * in the audit trail and in the server's log (R9.1, R9.3, R9.8, R9.12, R9.16, R9.19, R9.20). Each test seeds a cycle
 * of its own whose call has closed, a council and a round.
 */
@ExtendWith(ArquillianExtension.class)
class AnonymityIT {


    private static final Set<String> TIME_TYPES = Set.of("date", "time", "datetime", "timestamp", "year");
    private static final List<String> IDENTIFYING_WORDS = List.of("member", "account", "user", "created", "updated",
            "time", "date", "author", "voter", "caster", "session", "address", "pseudonym", "key", "seq");
    private static final Set<String> IDENTIFYING_PARTS = Set.of("at", "by", "ip", "who", "when", "on");
    /** A ballot's scores, as its member chose them. */
    private static final Set<String> SCORE_COLUMNS = Set.of("artistic_merit", "friendship", "significance");

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
    ScoringService scoring;

    @Inject
    CredentialService credentials;

    @Inject
    BallotBox box;

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

    /** A cycle whose call has closed, its council (plain members, the first of petition 0's, a co-chair), a round. */
    private record Scene(ScoringFixtures.Seeded cycle, List<Member> members, Member chair, long round) {

        long petition(int index) {
            return cycle.petition(index);
        }

        Member member(int index) {
            return members.get(index);
        }
    }

    /** {@code members} members and a co-chair; the first member belongs to the organisation of petition 0. */
    private Scene scene(int petitions, int members) {
        var cycle = fixtures.cycle(CycleYears.next(), petitions, 3);
        var accounts = new ArrayList<Account>();
        for (int i = 0; i < members; i++) {
            accounts.add(fixtures.expert("anon" + i, false));
        }
        var chairAccount = fixtures.expert("chair", true);
        asAdmin();
        var seats = new ArrayList<Member>();
        for (int i = 0; i < accounts.size(); i++) {
            var account = accounts.get(i);
            seats.add(new Member(account, council.appoint(cycle.cycleId(), account.getId(), false, Country.RU,
                    i == 0 ? cycle.organisations().get(0) : null).getId()));
        }
        var chair = new Member(chairAccount, council.appoint(cycle.cycleId(), chairAccount.getId(), true, Country.BY,
                null).getId());
        var round = rounds.open(cycle.cycleId(), new RoundForm("Отбор соискателей",
                Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)),
                ScoringRound.equalWeights(), RankingRule.TRIMMED_MEAN)).getId();
        return new Scene(cycle, seats, chair, round);
    }

    private DatabaseDump db() {
        return new DatabaseDump(store);
    }

    private static void asAdmin() {
        Caller.signIn("admin", DemoData.PASSWORD);
    }

    private static void as(Member member) {
        Caller.signIn(member.username(), ScoringFixtures.PASSWORD);
    }

    private Wallet wallet(Member member, long round) {
        as(member);
        return Wallet.obtain(credentials, round);
    }

    private static Map<Criterion, Integer> scores(int artisticMerit, int friendship, int significance) {
        var scores = new EnumMap<Criterion, Integer>(Criterion.class);
        scores.put(Criterion.ARTISTIC_MERIT, artisticMerit);
        scores.put(Criterion.FRIENDSHIP, friendship);
        scores.put(Criterion.SIGNIFICANCE, significance);
        return scores;
    }

    /**
     * What an adversary who knows the member could compute: the member's own data, alone and with the round, and
     * their SHA-256, SHA-1, MD5 and name-based UUIDs.
     */
    private static Set<String> derivable(Member member, long roundId) {
        var account = member.account();
        return DatabaseDump.derivable(List.of(account.getUsername(), account.getEmail(), account.getFullName(),
                "member-" + member.seatId(), "account-" + account.getId()), roundId);
    }

    @Test
    void r9_1_theBallotTablesNameNoMemberCarryNoTimeAndReferToNothingButTheRoundAndThePetition() {
        assertThat(db().tables()).as("no participation per petition, no ballot of the password-sealed secret")
                .doesNotContain("participation", "ballot", "ballot_score")
                .doesNotContain("cast_ballot_score")
                .contains("cast_ballot", "credential_issue", "petition_key");
        assertThat(db().columns("cast_ballot")).containsExactly("id", "round_id", "nomination_id", "receipt_hash",
                "artistic_merit", "friendship", "significance");
        assertThat(db().columns("credential_issue")).as("issuance names the account, never a token, petition or time")
                .containsExactly("round_id", "account_id");
        var columns = store.sql("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'cast_ballot'");
        for (Object column : columns) {
            var row = (Object[]) column;
            var name = ((String) row[1]).toLowerCase(Locale.ROOT);
            var type = ((String) row[2]).toLowerCase(Locale.ROOT);
            assertThat(IDENTIFYING_WORDS).as(row[0] + "." + name).noneMatch(name::contains);
            assertThat(Arrays.asList(name.split("_"))).as(row[0] + "." + name).doesNotContainAnyElementsOf(
                    IDENTIFYING_PARTS);
            assertThat(TIME_TYPES).as(row[0] + "." + name + " " + type).doesNotContain(type);
        }
        assertThat(db().strings("SELECT REFERENCED_TABLE_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'cast_ballot'"
                + " AND REFERENCED_TABLE_NAME IS NOT NULL")).containsExactlyInAnyOrder("scoring_round", "nomination");
        assertThat(db().strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'cast_ballot'"))
                .as("nothing refers to a ballot")
                .isEmpty();
        assertThat(db().strings("SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS"
                + " WHERE EVENT_OBJECT_SCHEMA = DATABASE()"
                + " AND EVENT_OBJECT_TABLE IN ('cast_ballot', 'credential_issue')"))
                .as("no trigger copies a ballot or stamps it").isEmpty();
        assertThat(db().strings("SELECT TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME IN ('cast_ballot', 'credential_issue')"))
                .as("not system-versioned (no row history)").containsOnly("BASE TABLE");
        assertThat(db().strings("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME IN ('cast_ballot', 'credential_issue') AND (EXTRA LIKE '%auto_increment%'"
                + " OR COLUMN_DEFAULT IS NOT NULL AND COLUMN_DEFAULT <> 'NULL')"))
                .as("nothing numbered or stamped by the database").isEmpty();
    }

    /**
     * The round: five members and a co-chair on four petitions. Member 0 belongs to the organisation of petition 0
     * (recused); member 1 declares a conflict on petition 1 before obtaining credentials; member 2 casts on petition 2,
     * then declares a conflict there and withdraws it; member 3 skips petition 3 and keeps a draft of it (in its
     * browser); member 4 and the co-chair cast everything, the co-chair revising one ballot. Then the adversary reads
     * every row of every table.
     */
    @Test
    void r9_1_r9_3_r9_16_aFullReadOfTheDatabaseLinksNoBallotToAMemberNorTwoBallotsToOneAnother() {
        var scene = scene(4, 5);
        long round = scene.round();
        var everyone = new ArrayList<>(scene.members());
        everyone.add(scene.chair());

        as(scene.member(1));
        scoring.declareConflict(round, scene.petition(1), "Автор — мой родственник");
        var wallets = new HashMap<Member, Wallet>();
        for (var member : everyone) {
            wallets.put(member, wallet(member, round));
        }
        assertThat(wallets.get(scene.member(0)).holds(scene.petition(0))).as("R9.9 recused: no credential").isFalse();
        assertThat(wallets.get(scene.member(1)).holds(scene.petition(1))).as("R9.10 declared: no credential")
                .isFalse();

        var castOrder = new ArrayList<String>();
        var ballotsOf = new HashMap<Member, List<String>>();
        var tokens = new ArrayList<byte[]>();
        for (int p = 0; p < 4; p++) {
            for (var member : everyone) {
                var wallet = wallets.get(member);
                long petition = scene.petition(p);
                boolean skips = member == scene.member(3) && p == 3;
                if (!wallet.holds(petition) || skips) {
                    continue;
                }
                var receipt = wallet.cast(box, petition, scores(3 + p, 4 + everyone.indexOf(member), 7)).receipt();
                castOrder.add(receipt);
                ballotsOf.computeIfAbsent(member, m -> new ArrayList<>()).add(receipt);
                tokens.add(wallet.credential(petition).token());
                tokens.add(wallet.credential(petition).signature());
            }
        }
        wallets.get(scene.chair()).cast(box, scene.petition(0), scores(1, 1, 1));
        as(scene.member(2));
        scoring.declareConflict(round, scene.petition(2), "Работал с театром");
        var withdrawn = wallets.get(scene.member(2)).credential(scene.petition(2));
        Caller.anonymous();
        assertThat(box.withdraw(round, scene.petition(2), withdrawn.token(), withdrawn.signature())).isTrue();
        var withdrawnReceipt = wallets.get(scene.member(2)).receipt(scene.petition(2));
        castOrder.remove(withdrawnReceipt);
        ballotsOf.get(scene.member(2)).remove(withdrawnReceipt);

        // the adversary's dump: every table, every row, in the order the storage gives them
        var dump = new LinkedHashMap<String, List<Map<String, String>>>();
        for (var table : db().tables()) {
            dump.put(table, db().dump(table));
        }
        var ballots = dump.get("cast_ballot").stream().filter(row -> row.get("round_id").equals(String.valueOf(round)))
                .toList();
        assertThat(ballots).extracting(row -> row.get("receipt_hash")).containsExactlyInAnyOrderElementsOf(castOrder);

        // 1. nothing that identifies a member, nor anything computable from it, is in a ballot (scores included)
        for (var member : everyone) {
            var known = derivable(member, round);
            for (var row : ballots) {
                assertThat(row.values()).as(member.username()).doesNotContainAnyElementsOf(known);
            }
        }

        // 2. no table but the ballots' own holds a ballot's id or receipt: nothing joins a ballot to anything else
        for (var row : ballots) {
            assertThat(db().whereInTheDatabase(row.get("id"))).containsOnly("cast_ballot.id");
            assertThat(db().whereInTheDatabase(row.get("receipt_hash"))).containsOnly("cast_ballot.receipt_hash");
        }

        // 3. no token, signature or blinded message is stored anywhere, in any spelling
        var spelt = new ArrayList<String>();
        for (var bytes : tokens) {
            DatabaseDump.spellings(bytes).forEach(spelling -> spelt.add(spelling.substring(0, 40)));
        }
        assertThat(db().whereAnyInTheDatabase(spelt)).as("a credential is never stored").isEmpty();

        // 4. two ballots of one member share nothing but their round (and their petition, never: one per petition),
        // apart from the scores the member chose (this member gave the same friendship and significance to each)
        for (var member : everyone) {
            var mine = ballots.stream().filter(row -> ballotsOf.getOrDefault(member, List.of())
                    .contains(row.get("receipt_hash"))).toList();
            for (int i = 0; i < mine.size(); i++) {
                for (int j = i + 1; j < mine.size(); j++) {
                    var shared = new HashSet<String>();
                    for (var column : mine.get(i).keySet()) {
                        if (!SCORE_COLUMNS.contains(column)
                                && mine.get(i).get(column).equals(mine.get(j).get(column))) {
                            shared.add(column);
                        }
                    }
                    assertThat(shared).as(member.username()).containsOnly("round_id");
                }
            }
        }

        // 5. the order of the rows is not the order of casting, nor of members
        var stored = ballots.stream().map(row -> row.get("receipt_hash")).toList();
        var reversed = new ArrayList<>(castOrder);
        java.util.Collections.reverse(reversed);
        assertThat(stored).isNotEqualTo(castOrder).isNotEqualTo(reversed);

        // 6. the issuance records: who was issued the round's credentials, the same for all who were, and nothing of
        //    what they cast. The pseudonym/participation intersection has nothing to intersect: a ballot's petition
        //    is the only thing known of it, and every petition's ballots came from more members than k − 1.
        var issued = dump.get("credential_issue").stream().filter(row -> row.get("round_id")
                .equals(String.valueOf(round))).map(row -> row.get("account_id")).toList();
        assertThat(issued).containsExactlyInAnyOrderElementsOf(everyone.stream()
                .map(member -> String.valueOf(member.account().getId())).toList());
        assertThat(dump).doesNotContainKey("participation");
        var perPetition = new HashMap<String, Integer>();
        ballots.forEach(row -> perPetition.merge(row.get("nomination_id"), 1, Integer::sum));
        assertThat(perPetition.values()).allMatch(count -> count >= 3);

        // 7. the audit trail holds no entry per cast, and nothing of a ballot
        asAdmin();
        var entries = audit.find(new AuditFilter(null, null, null, null, Instant.now().minus(Duration.ofMinutes(10)),
                null), 0, 1000);
        assertThat(entries).filteredOn(entry -> entry.getSubject().equals("Ballot")
                && entry.getSubjectId().equals(String.valueOf(round))).as("casts are audited as counts of a day")
                .isEmpty();
        var secrets = new ArrayList<String>(castOrder);
        ballots.forEach(row -> secrets.add(row.get("id")));
        assertThat(entries).allSatisfy(entry -> assertThat(Arrays.asList(entry.getSubjectId(), entry.getBefore(),
                entry.getAfter(), entry.getAction())).doesNotContainAnyElementsOf(secrets));
    }

    @Test
    void r9_12_r9_19_r9_20_theSecretariatSeesTotalsOnlyAndTheBoardListsTheBallotsOfPetitionsWithKBallots() {
        var scene = scene(3, 4);
        long round = scene.round();
        var receipts = new ArrayList<String>();
        var cast = new HashMap<String, Map<Criterion, Integer>>();
        for (int m = 1; m < 4; m++) {
            var wallet = wallet(scene.member(m), round);
            var receipt = wallet.cast(box, scene.petition(0), scores(5 + m, 5, 5)).receipt();
            receipts.add(receipt);
            cast.put(receipt, scores(5 + m, 5, 5));
            if (m == 1) {
                receipts.add(wallet.cast(box, scene.petition(1), scores(2, 2, 2)).receipt());
            }
        }
        asAdmin();
        assertThat(Arrays.stream(RoundTotals.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("members", "issued", "ballots");
        assertThat(rounds.totals(round)).isEqualTo(new RoundTotals(5, 3, 4));
        rounds.close(round);

        assertThat(Arrays.stream(BoardEntry.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("receiptHash", "registrationNumber", "workTitle", "scores");
        assertThat(Arrays.stream(PetitionTally.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("pseudonym", "normalisedMean");
        var board = results.board(round);
        assertThat(board).extracting(BoardEntry::receiptHash).as("R9.20 the lone ballot of petition 1 is kept back")
                .containsExactlyInAnyOrderElementsOf(receipts.stream().filter(r -> !r.equals(receipts.get(1))).toList())
                .isSorted();
        assertThat(board).as("R9.19 each ballot with its scores").allSatisfy(entry -> {
            assertThat(entry.scores()).isEqualTo(cast.get(entry.receiptHash()));
            assertThat(entry.registrationNumber()).isEqualTo(scene.cycle().numbers().get(0));
        });
        assertThat(results.results(round).rows()).filteredOn(row -> row.petition().id() == scene.petition(1))
                .singleElement().satisfies(row -> assertThat(row.tally().publishable()).isFalse());
    }

    @Test
    void r9_16_theServerLogNamesNoMemberAndNoBallot() throws IOException {
        var scene = scene(3, 3);
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
            for (int m = 1; m < 3; m++) {
                var member = scene.member(m);
                var wallet = wallet(member, round);
                forbidden.add(member.username());
                forbidden.add(member.account().getFullName());
                for (int p = 0; p < 3; p++) {
                    wallet.cast(box, scene.petition(p), scores(4 + p, 5, 6 + m));
                    var receipt = wallet.cast(box, scene.petition(p), scores(5 + p, 5, 6 + m)).receipt();
                    forbidden.add(receipt);
                    forbidden.addAll(DatabaseDump.spellings(wallet.credential(scene.petition(p)).token()));
                }
                as(member);
                scoring.sheet(round);
                scoring.ballot(round, scene.petition(0));
            }
            asAdmin();
            rounds.totals(round);
            rounds.close(round);
            results.board(round);
            results.results(round);
        } finally {
            root.removeHandler(handler);
            application.setLevel(applicationLevel);
        }

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
        assertThat(lines).as("no log line per cast").noneMatch(line -> line.contains("BallotBox")
                || line.contains("cast_ballot"));
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
}
