package org.laureate.publication.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BusinessException;
import org.laureate.platform.StateChange;
import org.laureate.publication.entity.CommentStatus;
import org.laureate.publication.entity.PublicComment;
import org.laureate.scoring.boundary.CandidateService;
import org.laureate.security.entity.Role;

/**
 * The public discussion of the published candidates: anyone posts a comment, the secretariat moderates, the public
 * reads the approved ones and their count per candidate.
 */
@Stateless
public class CommentService {

    /** R11.3 At most this many comments from one address within {@link #WINDOW}. */
    public static final int LIMIT_PER_ADDRESS = 3;
    public static final Duration WINDOW = Duration.ofHours(1);

    /** The key of the addresses' hashes: random for each start of the server, so a hash means nothing later. */
    private static final byte[] ADDRESS_KEY = new SecureRandom().generateSeed(32);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CandidateService candidates;

    @Inject
    Event<StateChange> changes;

    /**
     * R11.1 Posts a comment on a published candidate for moderation; R11.3 an address that has posted
     * {@value #LIMIT_PER_ADDRESS} comments within the last hour is refused.
     */
    @PermitAll
    public void post(long nominationId, @NotBlank @Size(max = PublicComment.AUTHOR_MAX) String authorName,
            @NotBlank @Size(max = PublicComment.BODY_MAX) String body, @NotNull String address) {
        if (!candidates.isPublishedCandidate(nominationId)) {
            throw new BusinessException("general.error.notFound");
        }
        var now = clock.instant();
        var addressHash = hash(address);
        long recent = em.createNamedQuery(PublicComment.COUNT_RECENT_FROM, Long.class)
                .setParameter("addressHash", addressHash)
                .setParameter("since", now.minus(WINDOW))
                .getSingleResult();
        if (recent >= LIMIT_PER_ADDRESS) {
            throw new BusinessException("comment.error.tooMany");
        }
        em.persist(new PublicComment(nominationId, authorName, body, addressHash, now));
    }

    /** The comments awaiting moderation, the oldest first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<PublicComment> pending() {
        return em.createNamedQuery(PublicComment.FIND_BY_STATUS, PublicComment.class)
                .setParameter("status", CommentStatus.PENDING)
                .getResultList();
    }

    /** The comments awaiting moderation, the oldest first, each with the registration number and work it is about. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<PendingComment> pendingWithCandidates() {
        return pending().stream()
                .map(comment -> {
                    var nomination = em.find(Nomination.class, comment.getNominationId());
                    return new PendingComment(comment, nomination.getRegistrationNumber(), nomination.getWorkTitle());
                })
                .toList();
    }

    /** R11.2 Approves or rejects a pending comment. */
    @RolesAllowed(Role.Names.ADMIN)
    public PublicComment moderate(long commentId, boolean approve) {
        var comment = em.find(PublicComment.class, commentId);
        if (comment == null) {
            throw new BusinessException("general.error.notFound");
        }
        comment.moderate(approve, clock.instant());
        changes.fire(new StateChange("PublicComment", String.valueOf(commentId), approve ? "approve" : "reject",
                CommentStatus.PENDING.name(), comment.getStatus().name()));
        return comment;
    }

    /** The approved comments on a candidate, the oldest first. */
    @PermitAll
    public List<PublicComment> approved(long nominationId) {
        return em.createNamedQuery(PublicComment.FIND_APPROVED_OF, PublicComment.class)
                .setParameter("nominationId", nominationId)
                .getResultList();
    }

    /** The number of approved comments per candidate. */
    @PermitAll
    public Map<Long, Long> counts() {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : em.createNamedQuery(PublicComment.COUNT_APPROVED, Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static String hash(String address) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ADDRESS_KEY, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
