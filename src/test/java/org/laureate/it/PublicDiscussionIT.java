package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.demo.DemoData;
import org.laureate.platform.BusinessException;
import org.laureate.publication.boundary.CommentService;
import org.laureate.publication.boundary.PendingComment;
import org.laureate.publication.entity.CommentStatus;
import org.laureate.publication.entity.PublicComment;
import org.laureate.scoring.boundary.CandidateService;

/**
 * The public discussion of the published candidates (R10.5, R10.6, R11.1–R11.3) on Payara Micro against MariaDB: the
 * public posts anonymously, the demo secretariat {@code admin} moderates.
 */
@ExtendWith(ArquillianExtension.class)
class PublicDiscussionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    PublicationSeeds seeds;

    @Inject
    CommentService comments;

    @Inject
    CandidateService candidates;

    /** A published candidate (the first id) and an admitted petition that is on no published list (the second). */
    private List<Long> publishedAndNot() {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        return seeds.published(CycleYears.next(), "pub-" + marker,
                List.of("Сімфонія " + marker, "Кантата " + marker), 1);
    }

    /** An address of its own for each test, so that R11.3 counts only that test's comments. */
    private static String address() {
        var random = UUID.randomUUID().toString();
        return "2001:db8::" + random.substring(0, 4) + ":" + random.substring(4, 8);
    }

    private static String marker() {
        return "Водгук " + UUID.randomUUID();
    }

    private PendingComment pendingWith(String body) {
        return comments.pendingWithCandidates().stream()
                .filter(pending -> pending.comment().getBody().equals(body))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void r10_5_thePublishedListIsReadByThePublic() {
        var ids = publishedAndNot();

        assertThat(candidates.published())
                .anySatisfy(list -> assertThat(list.candidates()).extracting(summary -> summary.id())
                        .containsExactly(ids.get(0)));
        assertThat(candidates.isPublishedCandidate(ids.get(0))).isTrue();
        assertThat(candidates.isPublishedCandidate(ids.get(1))).isFalse();
    }

    @Test
    void r11_1_anAnonymousCommentWaitsForModerationAndIsNotShown() {
        var candidate = publishedAndNot().get(0);
        var body = marker();

        comments.post(candidate, "Ганна Слухачка", body, address());

        assertThat(comments.approved(candidate)).isEmpty();
        assertThat(comments.counts()).doesNotContainKey(candidate);
        Caller.signIn("admin", DemoData.PASSWORD);
        var pending = pendingWith(body);
        assertThat(pending.comment().getStatus()).isEqualTo(CommentStatus.PENDING);
        assertThat(pending.comment().getAuthorName()).isEqualTo("Ганна Слухачка");
        assertThat(pending.comment().getNominationId()).isEqualTo(candidate);
        assertThat(pending.workTitle()).startsWith("Сімфонія ");
        assertThat(pending.registrationNumber()).isNotBlank();
    }

    @Test
    void r10_6_aPetitionOnNoPublishedListTakesNoComment() {
        var notPublished = publishedAndNot().get(1);

        assertThatThrownBy(() -> comments.post(notPublished, "Ганна", marker(), address()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("general.error.notFound"));
        assertThatThrownBy(() -> comments.post(Long.MAX_VALUE, "Ганна", marker(), address()))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void r11_3_theFourthCommentFromOneAddressWithinTheHourIsRefused() {
        var candidate = publishedAndNot().get(0);
        var address = address();
        for (int i = 0; i < CommentService.LIMIT_PER_ADDRESS; i++) {
            comments.post(candidate, "Пётр", marker(), address);
        }

        assertThatThrownBy(() -> comments.post(candidate, "Пётр", marker(), address))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("comment.error.tooMany"));
        var fromElsewhere = marker();
        comments.post(candidate, "Марыя", fromElsewhere, address());
        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(pendingWith(fromElsewhere).comment().getStatus()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void r11_2_theSecretariatApprovesOrRejectsEachCommentOnce() {
        var candidate = publishedAndNot().get(0);
        var approvedBody = marker();
        var rejectedBody = marker();
        comments.post(candidate, "Ірына", approvedBody, address());
        comments.post(candidate, "Сцяпан", rejectedBody, address());

        Caller.signIn("admin", DemoData.PASSWORD);
        var toApprove = pendingWith(approvedBody).comment().getId();
        var toReject = pendingWith(rejectedBody).comment().getId();
        assertThat(comments.moderate(toApprove, true).getStatus()).isEqualTo(CommentStatus.APPROVED);
        assertThat(comments.moderate(toReject, false).getStatus()).isEqualTo(CommentStatus.REJECTED);

        Caller.anonymous();
        assertThat(comments.approved(candidate)).extracting(PublicComment::getBody).containsExactly(approvedBody);
        assertThat(comments.counts()).containsEntry(candidate, 1L);

        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(comments.pendingWithCandidates()).extracting(pending -> pending.comment().getId())
                .doesNotContain(toApprove, toReject);
        assertThatThrownBy(() -> comments.moderate(toApprove, false))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("comment.error.moderated"));
        assertThatThrownBy(() -> comments.moderate(toReject, true)).isInstanceOf(BusinessException.class);
        Caller.anonymous();
        assertThat(comments.approved(candidate)).extracting(PublicComment::getBody).containsExactly(approvedBody);
    }

    @Test
    void onlyTheSecretariatModerates() {
        var candidate = publishedAndNot().get(0);
        var body = marker();
        comments.post(candidate, "Ганна", body, address());
        Caller.signIn("admin", DemoData.PASSWORD);
        var id = pendingWith(body).comment().getId();

        Caller.anonymous();
        assertThatThrownBy(() -> comments.pending()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> comments.pendingWithCandidates()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> comments.moderate(id, true)).isInstanceOf(EJBAccessException.class);
        Caller.signIn("expert", DemoData.PASSWORD);
        assertThatThrownBy(() -> comments.pending()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> comments.moderate(id, true)).isInstanceOf(EJBAccessException.class);

        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(pendingWith(body).comment().getStatus()).isEqualTo(CommentStatus.PENDING);
    }
}
