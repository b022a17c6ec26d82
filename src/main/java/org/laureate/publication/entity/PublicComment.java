package org.laureate.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.laureate.platform.BusinessException;

/**
 * A member of the public's comment on a published candidate. R11.1 Nothing is shown before the secretariat approves
 * it; the sender's address is kept only as a keyed hash, to limit how often one address posts.
 */
@Entity
@Table(name = "public_comment")
@NamedQuery(name = PublicComment.FIND_BY_STATUS, query = "SELECT c FROM PublicComment c WHERE c.status = :status"
        + " ORDER BY c.postedAt")
@NamedQuery(name = PublicComment.FIND_APPROVED_OF, query = "SELECT c FROM PublicComment c"
        + " WHERE c.nominationId = :nominationId"
        + " AND c.status = org.laureate.publication.entity.CommentStatus.APPROVED ORDER BY c.postedAt")
@NamedQuery(name = PublicComment.COUNT_APPROVED, query = "SELECT c.nominationId, COUNT(c) FROM PublicComment c"
        + " WHERE c.status = org.laureate.publication.entity.CommentStatus.APPROVED GROUP BY c.nominationId")
@NamedQuery(name = PublicComment.COUNT_RECENT_FROM, query = "SELECT COUNT(c) FROM PublicComment c"
        + " WHERE c.addressHash = :addressHash AND c.postedAt > :since")
public class PublicComment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_STATUS = "PublicComment.findByStatus";
    public static final String FIND_APPROVED_OF = "PublicComment.findApprovedOf";
    public static final String COUNT_APPROVED = "PublicComment.countApproved";
    public static final String COUNT_RECENT_FROM = "PublicComment.countRecentFrom";
    public static final int AUTHOR_MAX = 200;
    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id")
    private long nominationId;

    @NotBlank
    @Size(max = AUTHOR_MAX)
    @Column(name = "author_name")
    private String authorName;

    @NotBlank
    @Size(max = BODY_MAX)
    private String body;

    @Column(name = "address_hash")
    private String addressHash;

    @Enumerated(EnumType.STRING)
    private CommentStatus status;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Version
    private int version;

    protected PublicComment() {
    }

    public PublicComment(long nominationId, String authorName, String body, String addressHash, Instant now) {
        this.nominationId = nominationId;
        this.authorName = Objects.requireNonNull(authorName).strip();
        this.body = Objects.requireNonNull(body).strip();
        this.addressHash = Objects.requireNonNull(addressHash);
        this.postedAt = now;
        this.status = CommentStatus.PENDING;
    }

    /** R11.2 The secretariat approves or rejects a pending comment, once. */
    public void moderate(boolean approve, Instant now) {
        if (status != CommentStatus.PENDING) {
            throw new BusinessException("comment.error.moderated");
        }
        status = approve ? CommentStatus.APPROVED : CommentStatus.REJECTED;
        moderatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getNominationId() {
        return nominationId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public int getVersion() {
        return version;
    }
}
