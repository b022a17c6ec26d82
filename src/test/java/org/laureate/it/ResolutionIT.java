package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.decision.boundary.DocumentService;
import org.laureate.decision.boundary.ResolutionService;
import org.laureate.decision.entity.ScannedDocument;
import org.laureate.demo.DemoData;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.platform.BusinessException;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.publication.entity.Award;
import org.laureate.vote.boundary.VoteBox;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.entity.Choice;

/**
 * The Councils' resolutions (R13.x) and the documents of the last steps on Payara Micro against MariaDB: each test
 * seeds a cycle of its own (years 9450–9499) whose council chooses its three petitions as nominees in a final vote;
 * the demo's {@code council} account records the resolutions.
 */
@ExtendWith(ArquillianExtension.class)
class ResolutionIT {

    private static final byte[] PDF = "%PDF-1.4 постановление".getBytes(StandardCharsets.UTF_8);

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
    ResolutionService resolutions;

    @Inject
    DocumentService documents;

    @Inject
    LaureateService laureates;

    /** A cycle whose council of three, all present, chose its three petitions as nominees; returns the vote's id. */
    private long nominated(DecisionFixtures.Scene scene) {
        Caller.signIn("admin", DemoData.PASSWORD);
        var vote = votes.prepare(scene.cycleId(), LocalDate.of(2026, 1, 20), "Москва", scene.petitions());
        votes.registerPresence(vote.getId(), scene.members());
        votes.open(vote.getId());
        for (var username : scene.usernames()) {
            Caller.signIn(username, DecisionFixtures.PASSWORD);
            var wallet = VoteWallet.obtain(votes, vote.getId());
            for (var petition : scene.petitions()) {
                wallet.cast(box, petition, Choice.FOR);
            }
        }
        Caller.signIn("admin", DemoData.PASSWORD);
        votes.close(vote.getId());
        assertThat(votes.nominees(scene.cycleId())).containsExactlyInAnyOrderElementsOf(scene.petitions());
        return vote.getId();
    }

    private DecisionFixtures.Scene scene() {
        return fixtures.scene(CycleYears.next(), 3, 3, VoteMode.APPROVAL, MajorityRule.OF_PRESENT, 3, false);
    }

    private static ScannedDocument scan() {
        return ScannedDocument.of("постановление.pdf", PDF);
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    @Test
    void r13_1_r13_2_r13_5_r13_6_r13_8_theMinistersApproveTwoAndTheSupremeStateCouncilAwardsWithBothStates() {
        var scene = scene();
        nominated(scene);
        long a = scene.petition(0);
        long b = scene.petition(1);
        long c = scene.petition(2);
        var ministersOn = LocalDate.of(2026, 2, 10);

        Caller.signIn("council", DemoData.PASSWORD);
        refused(() -> resolutions.recordSupreme(scene.cycleId(), "5", ministersOn, true, true, scan(), List.of(a)),
                "resolution.error.ministersFirst");
        refused(() -> resolutions.recordMinisters(scene.cycleId(), "12", ministersOn, scan(), List.of()),
                "resolution.error.nominees");

        var ministers = resolutions.recordMinisters(scene.cycleId(), "12", ministersOn, scan(), List.of(a, b));
        assertThat(ministers.getApproved()).containsExactlyInAnyOrder(a, b);
        refused(() -> resolutions.recordMinisters(scene.cycleId(), "13", ministersOn, scan(), List.of(a)),
                "resolution.error.recorded");
        var decisions = resolutions.decisions(scene.cycleId());
        assertThat(decisions.ministers()).isPresent();
        assertThat(decisions.supreme()).isEmpty();
        assertThat(decisions.laureates()).isEmpty();
        assertThat(decisions.authorsOf(a)).singleElement()
                .satisfies(author -> assertThat(author.fullName()).isEqualTo("Автор " + scene.cycleYear() + "-0"));

        var supremeOn = LocalDate.of(2026, 2, 26);
        refused(() -> resolutions.recordSupreme(scene.cycleId(), "5", supremeOn, true, false, scan(), List.of(a, b)),
                "resolution.error.unanimity");
        refused(() -> resolutions.recordSupreme(scene.cycleId(), "5", supremeOn, false, true, scan(), List.of(a, b)),
                "resolution.error.unanimity");
        refused(() -> resolutions.recordSupreme(scene.cycleId(), "5", supremeOn, true, true, scan(), List.of(a, c)),
                "resolution.error.nominees");
        refused(() -> resolutions.recordSupreme(scene.cycleId(), "5", ministersOn.minusDays(1), true, true, scan(),
                List.of(a)), "resolution.error.order");
        assertThat(resolutions.isAwarded(scene.cycleId())).isFalse();

        resolutions.recordSupreme(scene.cycleId(), "5", supremeOn, true, true, scan(), List.of(a, b));
        refused(() -> resolutions.recordSupreme(scene.cycleId(), "6", supremeOn, true, true, scan(), List.of(a)),
                "resolution.error.recorded");
        decisions = resolutions.decisions(scene.cycleId());
        assertThat(decisions.laureates()).extracting(PetitionSummary::id).containsExactlyInAnyOrder(a, b);
        assertThat(resolutions.isAwarded(scene.cycleId())).isTrue();
        assertThat(resolutions.scan(decisions.supreme().orElseThrow().getId()).content()).isEqualTo(PDF);

        // R13.8 the laureates are recorded for publication with the resolution, not yet public
        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(laureates.recorded()).filteredOn(award -> award.getCycleId() == scene.cycleId())
                .extracting(Award::getNominationId).containsExactlyInAnyOrder(a, b);
        assertThat(laureates.current()).noneMatch(award -> award.getCycleId() != null
                && award.getCycleId() == scene.cycleId());
    }

    @Test
    void r13_3_aScanIsAPdfJpegOrPngByItsContent() {
        assertThatThrownBy(() -> ScannedDocument.of("scan.pdf", "не PDF".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("resolution.error.document"));
    }

    @Test
    void r13_9_everyDocumentOpensAsAPdfAndTheDraftResolutionFollowsTheDecisions() throws IOException {
        var scene = scene();
        long voteId = nominated(scene);
        long a = scene.petition(0);
        long c = scene.petition(2);
        var author = "Автор " + scene.cycleYear() + "-0";

        var otherAuthor = "Автор " + scene.cycleYear() + "-2";
        var notApproved = "Автор " + scene.cycleYear() + "-1";

        Caller.signIn("council", DemoData.PASSWORD);
        assertThat(text(documents.awardSheet(a, scene.authors().get(0)))).contains(author);
        assertThat(text(documents.nomineeDiploma(a, scene.authors().get(0)))).contains(author);
        assertThat(text(documents.draftResolution(scene.cycleId()))).as("all the nominees")
                .contains(author, notApproved, otherAuthor);
        assertThat(text(documents.minutes(voteId))).contains(author);
        refused(() -> documents.laureateDiploma(a, scene.authors().get(0)), "general.error.notFound");

        resolutions.recordMinisters(scene.cycleId(), "12", LocalDate.of(2026, 2, 10), scan(), List.of(a, c));
        assertThat(text(documents.draftResolution(scene.cycleId()))).as("the ministers' nominees")
                .contains(author, otherAuthor).doesNotContain(notApproved);
        resolutions.recordSupreme(scene.cycleId(), "5", LocalDate.of(2026, 2, 26), true, true, scan(), List.of(a));
        assertThat(text(documents.draftResolution(scene.cycleId()))).as("R13.9 the awarded works only")
                .contains(author).doesNotContain(otherAuthor);
        assertThat(text(documents.laureateDiploma(a, scene.authors().get(0)))).contains(author);
        refused(() -> documents.laureateDiploma(c, scene.authors().get(2)), "general.error.notFound");
        refused(() -> documents.awardSheet(a, scene.authors().get(2)), "general.error.notFound");

        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(text(documents.awardSheet(c, scene.authors().get(2)))).contains("Автор " + scene.cycleYear()
                + "-2");
    }

    @Test
    void r13_4_organisationsExpertsAndThePublicCannotLearnTheNominees() {
        var scene = scene();
        long voteId = nominated(scene);
        long a = scene.petition(0);
        for (var user : new String[] {"org-by", "expert", null}) {
            if (user == null) {
                Caller.anonymous();
            } else {
                Caller.signIn(user, DemoData.PASSWORD);
            }
            var who = String.valueOf(user);
            assertThatThrownBy(() -> documents.awardSheet(a, scene.authors().get(0)))
                    .as(who).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> documents.draftResolution(scene.cycleId()))
                    .as(who).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> documents.minutes(voteId)).as(who).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> resolutions.decisions(scene.cycleId()))
                    .as(who).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> votes.result(voteId)).as(who).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> votes.nominees(scene.cycleId())).as(who)
                    .isInstanceOf(EJBAccessException.class);
            assertThat(resolutions.isAwarded(scene.cycleId())).isFalse();
        }
    }

    @Test
    void r12_13_r13_4_aCoChairReadsTheResolutionsScanOfTheirOwnCouncilsCycleOnly() {
        var scene = scene();
        nominated(scene);
        var elsewhere = scene();
        Caller.signIn("council", DemoData.PASSWORD);
        var ministers = resolutions.recordMinisters(scene.cycleId(), "12", LocalDate.of(2026, 2, 10), scan(),
                List.of(scene.petition(0)));

        Caller.signIn(scene.usernames().get(0), DecisionFixtures.PASSWORD);
        assertThat(resolutions.scan(ministers.getId()).content()).isEqualTo(PDF);

        Caller.signIn(elsewhere.usernames().get(0), DecisionFixtures.PASSWORD);
        refused(() -> resolutions.scan(ministers.getId()), "general.error.notFound");
        refused(() -> resolutions.decisions(scene.cycleId()), "general.error.notFound");
    }
}
