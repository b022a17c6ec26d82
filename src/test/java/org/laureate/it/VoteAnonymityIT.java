package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.audit.boundary.AuditFilter;
import org.laureate.audit.boundary.AuditService;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.demo.DemoData;
import org.laureate.vote.boundary.VoteBox;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.entity.Choice;

/**
 * Plays the adversary on the database after a final vote in each mode, and fails (R12.5, R12.6, R12.12, R12.15–R12.17):
 * with every row of every table in the storage's order, the issuance records, the members' known data and the
 * passwords, joining on every column of the ballots, nothing tells which ballot is whose, nor that two ballots come
 * from one member, and the recused member's ballots look like anyone's. Each test seeds a cycle of its own whose
 * council of five has a member (seat 2) of the organisation of the first finalist.
 */
@ExtendWith(ArquillianExtension.class)
class VoteAnonymityIT {

    private static final Set<String> TIME_TYPES = Set.of("date", "time", "datetime", "timestamp", "year");
    private static final List<String> IDENTIFYING_WORDS = List.of("member", "account", "user", "created", "updated",
            "time", "date", "author", "voter", "caster", "session", "address", "pseudonym", "key", "seq", "id_");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    DecisionFixtures fixtures;

    @Inject
    Store store;

    @Inject
    VoteService votes;

    @Inject
    VoteBox box;

    @Inject
    AuditService audit;

    private DatabaseDump db() {
        return new DatabaseDump(store);
    }

    @Test
    void theFinalVotesBallotTablesNameNoMemberCarryNoTimeAndReferToNothingButTheVoteAndTheFinalist() {
        assertThat(db().tables()).as("no password-sealed secret, ballot key or participation is left")
                .doesNotContain("member_key", "vote_ballot", "vote_choice", "vote_participation")
                .contains("vote_cast", "vote_credential_issue", "vote_key");
        assertThat(db().columns("vote_cast"))
                .containsExactly("vote_id", "nomination_id", "receipt_hash", "choice", "approval_receipt");
        assertThat(db().columns("vote_credential_issue")).as("issuance names the account, never a token or time")
                .containsExactly("vote_id", "account_id");
        for (Object column : store.sql("SELECT COLUMN_NAME, DATA_TYPE, EXTRA, COLUMN_DEFAULT"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vote_cast'")) {
            var row = (Object[]) column;
            var name = ((String) row[0]).toLowerCase(Locale.ROOT);
            assertThat(IDENTIFYING_WORDS).as(name).noneMatch(name::contains);
            assertThat(TIME_TYPES).as(name).doesNotContain(((String) row[1]).toLowerCase(Locale.ROOT));
            assertThat(String.valueOf(row[2])).as(name + ": numbered").doesNotContain("auto_increment");
            assertThat(row[3] == null || "NULL".equals(row[3])).as(name + ": stamped by the database").isTrue();
        }
        assertThat(db().strings("SELECT REFERENCED_TABLE_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'vote_cast'"
                + " AND REFERENCED_TABLE_NAME IS NOT NULL"))
                .containsExactlyInAnyOrder("final_vote", "nomination");
        assertThat(db().strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'vote_cast'")).isEmpty();
        assertThat(db().strings("SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS WHERE EVENT_OBJECT_SCHEMA"
                + " = DATABASE() AND EVENT_OBJECT_TABLE IN ('vote_cast', 'vote_credential_issue')")).isEmpty();
        assertThat(db().strings("SELECT TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME IN ('vote_cast', 'vote_credential_issue')")).containsOnly("BASE TABLE");
    }

    /** For up to two of three finalists: everyone votes for two, the recused member too (not on petition 0). */
    @Test
    void r12_15_r12_16_aFullReadAfterAVoteForUpToPLinksNoBallotToAMemberNorTwoBallotsToOneAnother() {
        var scene = fixtures.scene(CycleYears.next(), 3, 5, VoteMode.APPROVAL, MajorityRule.OF_PRESENT, 2, true);
        long a = scene.petition(0);
        long b = scene.petition(1);
        long c = scene.petition(2);
        var plan = Map.of(0, List.of(a, b), 1, List.of(a, c), 2, List.of(b, c), 3, List.of(c, a), 4, List.of(b));
        adversary(scene, plan.entrySet().stream().collect(LinkedHashMap::new, (map, entry) -> {
            var choices = new LinkedHashMap<Long, Choice>();
            entry.getValue().forEach(petition -> choices.put(petition, Choice.FOR));
            map.put(entry.getKey(), choices);
        }, Map::putAll));
    }

    /** For, against or abstain on two finalists: the recused member has no credential for petition 0. */
    @Test
    void aFullReadAfterAVoteForAgainstOrAbstainLinksNoBallotToAMemberNorTwoBallotsToOneAnother() {
        var scene = fixtures.scene(CycleYears.next(), 2, 5, VoteMode.FOR_AGAINST_ABSTAIN, MajorityRule.OF_PRESENT, 1,
                true);
        long a = scene.petition(0);
        long b = scene.petition(1);
        var plan = new LinkedHashMap<Integer, Map<Long, Choice>>();
        plan.put(0, Map.of(a, Choice.FOR, b, Choice.AGAINST));
        plan.put(1, Map.of(a, Choice.AGAINST, b, Choice.FOR));
        plan.put(2, Map.of(b, Choice.FOR));
        plan.put(3, Map.of(b, Choice.ABSTAIN));
        plan.put(4, Map.of(a, Choice.FOR, b, Choice.FOR));
        adversary(scene, plan);
    }

    /** Opens a vote with everyone present, has each seat cast its plan, closes it, then reads the whole database. */
    private void adversary(DecisionFixtures.Scene scene, Map<Integer, Map<Long, Choice>> plan) {
        Caller.signIn("admin", DemoData.PASSWORD);
        var vote = votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Минск", scene.petitions());
        votes.registerPresence(vote.getId(), scene.members());
        long id = votes.open(vote.getId()).getId();

        var wallets = new HashMap<Integer, VoteWallet>();
        for (int seat = 0; seat < 5; seat++) {
            Caller.signIn(scene.usernames().get(seat), DecisionFixtures.PASSWORD);
            wallets.put(seat, VoteWallet.obtain(votes, id));
        }
        assertThat(wallets.get(2).holds(scene.petition(0))).as("R12.12 recused: no credential").isFalse();
        var castOrder = new ArrayList<String>();
        var ballotsOf = new HashMap<Integer, List<String>>();
        plan.forEach((seat, choices) -> choices.forEach((petition, choice) -> {
            var receipt = wallets.get(seat).cast(box, petition, choice).receipt();
            castOrder.add(receipt);
            ballotsOf.computeIfAbsent(seat, s -> new ArrayList<>()).add(receipt);
        }));
        Caller.signIn("admin", DemoData.PASSWORD);
        votes.close(id);
        var accounts = new HashMap<Integer, String>();
        for (int seat = 0; seat < 5; seat++) {
            accounts.put(seat, String.valueOf(store.sql("SELECT id FROM account WHERE username = ?",
                    scene.usernames().get(seat)).get(0)));
        }

        // the adversary's dump: every table, every row, in the order the storage gives them
        var dump = new LinkedHashMap<String, List<Map<String, String>>>();
        for (var table : db().tables()) {
            dump.put(table, db().dump(table));
        }
        var ballots = dump.get("vote_cast").stream().filter(row -> row.get("vote_id").equals(String.valueOf(id)))
                .toList();
        assertThat(ballots).extracting(row -> row.get("receipt_hash")).containsExactlyInAnyOrderElementsOf(castOrder);

        // 1. nothing known of a member (nor their password), nor computable from it, is in a ballot
        for (int seat = 0; seat < 5; seat++) {
            var username = scene.usernames().get(seat);
            // (the bare ids of a seat or an account are small numbers like any finalist's: the schema test shows that
            // no column of a ballot refers to either)
            var known = DatabaseDump.derivable(List.of(username, username + "@example.org", "Член совета " + username,
                    "member-" + scene.members().get(seat),
                    "account-" + accounts.get(seat), DecisionFixtures.PASSWORD, username + DecisionFixtures.PASSWORD,
                    DemoData.PASSWORD), id);
            for (var row : ballots) {
                assertThat(row.values()).as(username).doesNotContainAnyElementsOf(known);
            }
        }

        // 2. joining on every column: a ballot's receipts occur nowhere but in its own row
        for (var row : ballots) {
            assertThat(db().whereInTheDatabase(row.get("receipt_hash"))).containsOnly("vote_cast.receipt_hash");
            if (row.get("approval_receipt") != null) {
                assertThat(db().whereInTheDatabase(row.get("approval_receipt")))
                        .containsOnly("vote_cast.approval_receipt");
            }
        }

        // 3. no token or signature is stored anywhere, in any spelling
        var spelt = new ArrayList<String>();
        wallets.values().forEach(wallet -> wallet.secrets().forEach(bytes -> DatabaseDump.spellings(bytes)
                .forEach(spelling -> spelt.add(spelling.substring(0, 40)))));
        assertThat(db().whereAnyInTheDatabase(spelt)).as("a credential is never stored").isEmpty();

        // 4. two ballots of one member share nothing but what every ballot of the vote may share
        for (var mine : ballotsOf.values()) {
            var rows = ballots.stream().filter(row -> mine.contains(row.get("receipt_hash"))).toList();
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    var shared = new HashSet<String>();
                    for (var column : rows.get(i).keySet()) {
                        var value = rows.get(i).get(column);
                        if (value != null && value.equals(rows.get(j).get(column))) {
                            shared.add(column);
                        }
                    }
                    assertThat(shared).isSubsetOf("vote_id", "choice");
                }
            }
        }

        // 5. the recused member's ballots have the shape of anyone's: the same columns filled, of the same lengths
        for (var column : List.of("vote_id", "receipt_hash", "approval_receipt")) {
            assertThat(ballots.stream().map(row -> row.get(column) == null ? -1 : row.get(column).length())
                    .distinct()).as(column).hasSize(1);
        }

        // 6. the order of the rows is not the order of casting
        var stored = ballots.stream().map(row -> row.get("receipt_hash")).toList();
        var reversed = new ArrayList<>(castOrder);
        Collections.reverse(reversed);
        assertThat(stored).isNotEqualTo(castOrder).isNotEqualTo(reversed);

        // 7. issuance: (vote, account) of every member present, the same for all, nothing of what they cast
        assertThat(dump.get("vote_credential_issue").stream().filter(row -> row.get("vote_id")
                .equals(String.valueOf(id))).map(row -> row.get("account_id")).toList())
                .containsExactlyInAnyOrderElementsOf(accounts.values());

        // 8. the audit trail holds no entry per cast, and nothing of a ballot
        var entries = audit.find(new AuditFilter(null, null, null, null, Instant.now().minus(Duration.ofMinutes(10)),
                null), 0, 1000);
        assertThat(entries).filteredOn(entry -> entry.getSubject().equals("VoteBallot")
                && entry.getSubjectId().equals(String.valueOf(id))).as("casts are audited as counts of a day")
                .isEmpty();
        assertThat(entries).allSatisfy(entry -> assertThat(Arrays.asList(entry.getSubjectId(), entry.getBefore(),
                entry.getAfter(), entry.getAction())).doesNotContainAnyElementsOf(castOrder));
    }
}
