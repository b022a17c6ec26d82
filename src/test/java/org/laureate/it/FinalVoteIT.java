package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.demo.DemoData;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.platform.BusinessException;
import org.laureate.vote.boundary.VoteBoardEntry;
import org.laureate.vote.boundary.VoteBox;
import org.laureate.vote.boundary.VoteKeys;
import org.laureate.vote.boundary.VoteResult;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.entity.Choice;
import org.laureate.vote.entity.FinalVote;
import org.laureate.vote.entity.VoteKey;
import org.laureate.vote.entity.VoteStatus;

/**
 * The Expert Council's final vote (R12.x) on Payara Micro against MariaDB, with fixed numbers: each test seeds a cycle
 * of its own (years 9700–9749) whose petitions are published candidates and whose council it creates; the secretariat
 * ({@code admin}) puts them to the vote; each member present obtains the vote's anonymous credentials as their browser
 * does ({@link VoteWallet}) and casts each ballot with its credential as the anonymous caller.
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
    VoteBox box;

    @Inject
    Store store;

    @Inject
    VoteKeys voteKeys;

    /** Each member's credentials by vote and seat, obtained once, as their browser keeps them. */
    private final Map<String, VoteWallet> wallets = new HashMap<>();

    private DecisionFixtures.Scene scene(int petitions, int size, int prizes, boolean firstMemberRecused) {
        return scene(VoteMode.APPROVAL, petitions, size, prizes, firstMemberRecused);
    }

    private DecisionFixtures.Scene scene(VoteMode mode, int petitions, int size, int prizes,
            boolean firstMemberRecused) {
        return fixtures.scene(CycleYears.next(), petitions, size, mode, MajorityRule.OF_PRESENT, prizes,
                firstMemberRecused);
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

    /** The member's credentials of the vote: signs in as the member of the seat and obtains them, the first time. */
    private VoteWallet wallet(DecisionFixtures.Scene scene, int seat, long voteId) {
        return wallets.computeIfAbsent(voteId + "/" + seat, key -> {
            Caller.signIn(scene.usernames().get(seat), DecisionFixtures.PASSWORD);
            return VoteWallet.obtain(votes, voteId);
        });
    }

    /**
     * The member of the seat votes for exactly the petitions given ("for up to P"): withdraws the ballots of the others
     * they cast before, casts the new ones; returns the receipts of the ballots that stand.
     */
    private List<String> castFor(DecisionFixtures.Scene scene, int seat, long voteId, Long... petitions) {
        var wallet = wallet(scene, seat, voteId);
        var wanted = Set.of(petitions);
        var cast = this.cast.computeIfAbsent(voteId + "/" + seat, key -> new HashSet<>());
        for (var petition : new ArrayList<>(cast)) {
            if (!wanted.contains(petition)) {
                assertThat(wallet.withdraw(box, petition)).isTrue();
                cast.remove(petition);
            }
        }
        var receipts = new ArrayList<String>();
        for (var petition : petitions) {
            if (cast.add(petition)) {
                assertThat(wallet.cast(box, petition, Choice.FOR).revised()).isFalse();
            }
            receipts.add(wallet.receipt(petition));
        }
        return receipts;
    }

    /** What each member's browser knows it has cast, by vote and seat. */
    private final Map<String, Set<Long>> cast = new HashMap<>();

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

    /**
     * R12.14 Two votes' keys made at once, each completely, neither maker ended by the other (they used to lock the
     * same gap at the end of {@code vote_key} and wait for each other until the database ended one as a deadlock).
     */
    @Test
    void r12_14_theKeysOfTwoVotesAreMadeAtOnce() throws Exception {
        var scenes = List.of(scene(3, 3, 1, false), scene(3, 3, 1, false));
        asAdmin();
        var prepared = scenes.stream()
                .map(scene -> votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Минск", scene.petitions()))
                .toList();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var makers = prepared.stream()
                    .map(vote -> pool.submit(() -> {
                        assertThat(start.await(60, TimeUnit.SECONDS)).isTrue();
                        return voteKeys.keys(vote.getId()).keySet();
                    }))
                    .toList();
            start.countDown();
            for (int i = 0; i < 2; i++) {
                var expected = new ArrayList<>(scenes.get(i).petitions());
                expected.add(VoteKey.APPROVAL);
                assertThat(makers.get(i).get(120, TimeUnit.SECONDS)).as("finalists and the approval key")
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(((Number) store.sql("SELECT COUNT(*) FROM vote_key WHERE vote_id IN (?, ?)",
                prepared.get(0).getId(), prepared.get(1).getId()).get(0)).longValue()).isEqualTo(8);
    }

    @Test
    void r12_19_aCycleHasOneFinalVoteASecondIsRefused() {
        var scene = scene(2, 3, 1, false);
        asAdmin();
        var first = votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Минск", scene.petitions());

        refused(() -> votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 21), "Москва", scene.petitions()),
                "vote.error.alreadyPrepared");
        assertThat(votes.votes(scene.cycleId())).extracting(FinalVote::getId).containsExactly(first.getId());
    }

    @Test
    void r12_1_r12_10_theFinalistsAreSomeOfTheCyclesPublishedCandidatesVotedForItsPrizesByItsSettings() {
        var scene = scene(2, 3, 1, false);
        var other = scene(1, 3, 1, false);
        asAdmin();
        refused(() -> votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Минск", List.of()),
                "vote.error.finalists");
        refused(() -> votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Минск",
                List.of(scene.petitions().get(0), other.petitions().get(0))), "vote.error.notCandidate");

        var vote = votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Минск", scene.petitions());
        assertThat(vote.getFinalists()).containsExactlyInAnyOrderElementsOf(scene.petitions());
        assertThat(vote.getSeats()).as("the cycle's prizes").isEqualTo(1);
        assertThat(vote.getMode()).isEqualTo(VoteMode.APPROVAL);
        assertThat(vote.getMajority()).isEqualTo(MajorityRule.OF_PRESENT);
    }

    @Test
    void r12_2_r12_3_r12_4_aCouncilOfNineOpensWithSixPresentNotWithFiveAndTheSecretariatClosesIt() {
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

        Caller.signIn(scene.usernames().get(2), DecisionFixtures.PASSWORD);
        assertThatThrownBy(() -> votes.close(vote.getId())).as("a member does not close the vote")
                .isInstanceOf(EJBAccessException.class);
        asAdmin();
        assertThat(votes.close(vote.getId()).getStatus()).isEqualTo(VoteStatus.CLOSED);
    }

    @Test
    void r12_5_r12_12_r12_13_r12_17_presentMembersVoteForUpToPNeverOnTheirOwnOrganisation() {
        // Seats: 0, 1 co-chairs; 2 belongs to the organisation of petition 0; 3 present; 4 absent.
        var scene = scene(3, 5, 2, true);
        long a = scene.petition(0);
        long b = scene.petition(1);
        long c = scene.petition(2);
        var vote = openVote(scene, scene.petitions(), 4);
        long id = vote.getId();
        assertThat(vote.getSeats()).isEqualTo(2);

        Caller.signIn(scene.usernames().get(2), DecisionFixtures.PASSWORD);
        assertThat(votes.myVote(id).recused()).containsExactly(a);
        assertThat(votes.myVote(id).publicKeys()).as("R12.12 no key offered for the recused finalist")
                .containsOnlyKeys(b, c);
        var asked = new HashMap<Long, byte[]>();
        scene.petitions().forEach(p -> asked.put(p, new byte[256]));
        refused(() -> votes.issue(id, asked, List.of(new byte[256], new byte[256])), "credential.error.petitions");
        var recused = wallet(scene, 2, id);
        assertThat(recused.holds(a)).as("R12.12 no credential for the own organisation's finalist").isFalse();
        assertThat(recused.approvals()).as("R12.17 P approval credentials, recused or not").isEqualTo(2);
        refused(() -> box.cast(id, a, Choice.FOR, recused.credential(b), recused.approval(0)),
                "ballot.error.credential");
        Caller.signIn(scene.usernames().get(2), DecisionFixtures.PASSWORD);
        refused(() -> VoteWallet.obtain(votes, id), "credential.error.issued");
        castFor(scene, 2, id, b);

        Caller.signIn(scene.usernames().get(4), DecisionFixtures.PASSWORD);
        refused(() -> VoteWallet.obtain(votes, id), "vote.error.notPresent");

        var first = wallet(scene, 0, id);
        castFor(scene, 0, id, a, b);
        refused(() -> first.castWith(box, c, Choice.FOR, 0), "vote.error.approvalSpent");
        refused(() -> first.castWith(box, c, Choice.AGAINST, 0), "vote.error.approvalOnly");
        Caller.anonymous();
        refused(() -> box.cast(id, c, Choice.FOR, first.credential(c), null), "vote.error.approvalCredential");
        castFor(scene, 1, id, a, c);
        var before = castFor(scene, 3, id, c);
        var after = castFor(scene, 3, id, a, b);
        assertThat(wallet(scene, 3, id).cast(box, a, Choice.FOR).revised()).as("R12.6 a re-cast replaces").isTrue();
        Caller.signIn(scene.usernames().get(3), DecisionFixtures.PASSWORD);
        assertThat(votes.myVotes()).extracting(FinalVote::getId).contains(id);
        refused(() -> votes.board(id), "vote.error.notClosed");

        var result = closeAndCount(id);
        assertThat(store.sql("SELECT k.signing_secret IS NULL FROM vote_key k WHERE k.vote_id = ?", id))
                .as("R9.29 the vote's private keys, three finalists' and the approval key, are destroyed as it closes")
                .hasSize(4).allSatisfy(destroyed -> assertThat(destroyed).isIn(true, 1, 1L));
        assertThat(line(result, a).votes().votesFor()).isEqualTo(3);
        assertThat(line(result, a).votes().eligible()).isEqualTo(3);
        assertThat(line(result, b).votes().votesFor()).isEqualTo(3);
        assertThat(line(result, b).votes().eligible()).isEqualTo(4);
        assertThat(line(result, c).votes().votesFor()).as("the withdrawn ballot counts no more").isEqualTo(1);
        assertThat(result.chosen()).extracting(PetitionSummary::id).containsExactlyInAnyOrder(a, b);
        Caller.anonymous();
        refused(() -> wallet(scene, 3, id).castWith(box, c, Choice.FOR, 0), "vote.error.notOpen");

        asAdmin();
        var board = votes.board(id);
        assertThat(board).as("one line per ballot, one ballot per finalist and member").hasSize(7);
        assertThat(board).extracting(VoteBoardEntry::receiptHash).containsAll(after)
                .doesNotContainAnyElementsOf(before);
        assertThat(board).extracting(VoteBoardEntry::approvalReceipt).as("each approval credential spent once")
                .doesNotContainNull().doesNotHaveDuplicates();
        assertThat(board).extracting(VoteBoardEntry::receiptHash).isSorted();
        assertThat(board).allSatisfy(entry -> {
            assertThat(scene.numbers()).containsAll(entry.choices().keySet());
            assertThat(entry.choices()).hasSize(1).containsValue(Choice.FOR);
            assertThat(entry.toString()).doesNotContain("Автор", "Произведение", "Член совета");
        });

        Caller.signIn(scene.usernames().get(3), DecisionFixtures.PASSWORD);
        assertThat(votes.board(id)).hasSize(7);
        assertThatThrownBy(() -> votes.result(id)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> votes.nominees(scene.cycleId())).isInstanceOf(EJBAccessException.class);
        Caller.signIn("expert", DemoData.PASSWORD);
        assertThatThrownBy(() -> votes.result(id)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> votes.nominees(scene.cycleId())).isInstanceOf(EJBAccessException.class);
        refused(() -> votes.board(id), "general.error.notFound");
    }

    /**
     * For, against or abstain: one ballot per finalist credential. The recused member (seat 2) holds no credential for
     * petition 0, and the others leave a finalist unmarked too (an abstention), so that the recusal marks nothing.
     */
    @Test
    void r12_6_r12_12_forAgainstAbstainOneBallotPerCredentialAnUnspentOneAbstains() {
        var scene = scene(VoteMode.FOR_AGAINST_ABSTAIN, 2, 5, 1, true);
        long a = scene.petition(0);
        long b = scene.petition(1);
        long id = openVote(scene, scene.petitions(), 5).getId();
        var recused = wallet(scene, 2, id);
        assertThat(recused.holds(a)).isFalse();
        assertThat(recused.approvals()).as("no approval credential in this mode").isZero();
        recused.cast(box, b, Choice.FOR);
        wallet(scene, 0, id).cast(box, a, Choice.FOR);
        wallet(scene, 0, id).cast(box, b, Choice.AGAINST);
        wallet(scene, 1, id).cast(box, a, Choice.FOR);
        wallet(scene, 3, id).cast(box, a, Choice.AGAINST);
        assertThat(wallet(scene, 3, id).cast(box, a, Choice.FOR).revised()).as("changed while open").isTrue();
        wallet(scene, 3, id).cast(box, b, Choice.ABSTAIN);
        wallet(scene, 4, id).cast(box, b, Choice.FOR);

        var result = closeAndCount(id);
        assertThat(store.sql("SELECT k.signing_secret IS NULL FROM vote_key k WHERE k.vote_id = ?", id))
                .as("R9.29 the vote's private keys, one per finalist, are destroyed as it closes")
                .hasSize(2).allSatisfy(destroyed -> assertThat(destroyed).isIn(true, 1, 1L));
        assertThat(line(result, a).votes().votesFor()).isEqualTo(3);
        assertThat(line(result, a).votes().eligible()).as("the recused member may not vote on it").isEqualTo(4);
        assertThat(line(result, a).votes().majority()).as("3 of 4").isTrue();
        assertThat(line(result, b).votes().votesFor()).isEqualTo(2);
        assertThat(line(result, b).votes().against()).isEqualTo(1);
        assertThat(line(result, b).votes().abstain()).isEqualTo(1);
        assertThat(result.chosen()).extracting(PetitionSummary::id).containsExactly(a);
        var board = votes.board(id);
        assertThat(board).hasSize(7);
        assertThat(board).allSatisfy(entry -> {
            assertThat(entry.choices()).hasSize(1);
            assertThat(entry.approvalReceipt()).isNull();
        });
    }

    /** The ballot as the browser sends it, without cookies; the answer's status, body and whether it set a cookie. */
    private static String[] post(HttpClient client, URI url, long vote, long petition,
            VoteBox.Credential credential, VoteBox.Credential approval) throws Exception {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        var body = "{\"vote\":" + vote + ",\"petition\":" + petition + ",\"choice\":\"FOR\",\"token\":\""
                + encoder.encodeToString(credential.token()) + "\",\"signature\":\""
                + encoder.encodeToString(credential.signature()) + "\",\"approvalToken\":\""
                + encoder.encodeToString(approval.token()) + "\",\"approvalSignature\":\""
                + encoder.encodeToString(approval.signature()) + "\"}";
        var response = client.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new String[] {String.valueOf(response.statusCode()), response.body(),
                String.valueOf(response.headers().firstValue("Set-Cookie").isPresent())};
    }

    /**
     * Seven members cast their two ballots each at once over HTTP, without a session: every one counts and says so.
     * R12.17, R9.27 Three of them also cast a third ballot at the same moment with an approval credential their first
     * ballot spends: whichever is written first counts, the other is refused as spent, though both may be in one batch.
     */
    @Test
    void r12_5_r12_17_concurrentCastsWithoutASessionAllCountAndEachAnswerSaysSo() throws Exception {
        var scene = scene(3, 7, 2, false);
        long id = openVote(scene, scene.petitions(), 7).getId();
        var all = new ArrayList<VoteWallet>();
        for (int seat = 0; seat < 7; seat++) {
            all.add(wallet(scene, seat, id));
        }
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var url = URI.create(Caller.base() + "/api/scoring/votes/ballots");
        var pool = Executors.newFixedThreadPool(7);
        var votesFor = new HashMap<Long, Integer>();
        try {
            var casts = new ArrayList<Callable<String[]>>();
            var petitions = new ArrayList<Long>();
            for (int seat = 0; seat < 7; seat++) {
                var wallet = all.get(seat);
                for (int i = 0; i < (seat >= 1 && seat <= 3 ? 3 : 2); i++) {
                    long petition = scene.petition((seat + i) % 3);
                    int approval = i % 2;
                    petitions.add(petition);
                    casts.add(() -> post(client, url, id, petition, wallet.credential(petition),
                            wallet.approval(approval)));
                }
            }
            var answers = pool.invokeAll(casts);
            int cast = 0;
            for (int seat = 0; seat < 7; seat++) {
                var counted = new ArrayList<Boolean>();
                for (int i = 0; i < (seat >= 1 && seat <= 3 ? 3 : 2); i++, cast++) {
                    var answer = answers.get(cast).get();
                    assertThat(answer[2]).as("no session is opened").isEqualTo("false");
                    if (answer[1].contains("\"counted\":true")) {
                        assertThat(answer[0]).isEqualTo("200");
                        votesFor.merge(petitions.get(cast), 1, Integer::sum);
                        counted.add(true);
                    } else {
                        assertThat(answer[0]).as(answer[1]).isEqualTo("400");
                        assertThat(answer[1]).contains("vote.error.approvalSpent");
                        counted.add(false);
                    }
                }
                assertThat(counted.get(1)).as("the ballot with the other approval credential counts").isTrue();
                if (counted.size() == 3) {
                    assertThat(counted.get(0)).as("one of two ballots spending one approval credential counts")
                            .isNotEqualTo(counted.get(2));
                } else {
                    assertThat(counted).containsOnly(true);
                }
            }
        } finally {
            pool.shutdown();
        }
        var spentTwice = post(client, url, id, scene.petition(2), all.get(0).credential(scene.petition(2)),
                all.get(0).approval(0));
        assertThat(spentTwice[0]).isEqualTo("400");
        assertThat(spentTwice[1]).contains("\"counted\":false").contains("vote.error.approvalSpent");

        var result = closeAndCount(id);
        assertThat(votesFor.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(14);
        assertThat(result.lines()).allSatisfy(line -> assertThat(line.votes().votesFor())
                .isEqualTo(votesFor.getOrDefault(line.petition().id(), 0)));
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
        var firstVote = wallet(scene, 0, id);
        Caller.anonymous();
        refused(() -> box.cast(runOff.getId(), b, Choice.FOR, firstVote.credential(b), firstVote.approval(1)),
                "ballot.error.credential");
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
