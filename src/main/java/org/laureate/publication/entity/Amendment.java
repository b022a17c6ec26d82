package org.laureate.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * R14.3 A correction of a published award: which field (and which author), the value before and after, the reason, when
 * and by whom. Never changed once made.
 */
@Entity
@Table(name = "award_amendment")
@NamedQuery(name = Amendment.FIND_LATEST, query = "SELECT m FROM Amendment m ORDER BY m.amendedAt DESC, m.id DESC")
public class Amendment implements Serializable {

    public static final String FIND_LATEST = "Amendment.findLatest";
    public static final int VALUE_MAX = 1000;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "award_id")
    private Award award;

    @Enumerated(EnumType.STRING)
    private AwardField field;

    /** The author's position (from 0) for a field of an author. */
    @Column(name = "author_seq")
    private Integer author;

    @Column(name = "value_before")
    private String before;

    @Column(name = "value_after")
    private String after;

    private String reason;

    @Column(name = "amended_at")
    private Instant amendedAt;

    private String actor;

    protected Amendment() {
    }

    Amendment(Award award, AwardField field, Integer author, String before, String after, String reason,
            Instant amendedAt, String actor) {
        this.award = award;
        this.field = field;
        this.author = author;
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.amendedAt = amendedAt;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public Award getAward() {
        return award;
    }

    public AwardField getField() {
        return field;
    }

    public Integer getAuthor() {
        return author;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAmendedAt() {
        return amendedAt;
    }

    public String getActor() {
        return actor;
    }
}
