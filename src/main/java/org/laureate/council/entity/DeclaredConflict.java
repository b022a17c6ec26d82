package org.laureate.council.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A conflict of interest a member declares, with its reason, on one petition of a round. */
@Entity
@Table(name = "declared_conflict")
@NamedQuery(name = DeclaredConflict.FIND_BY_ROUND, query = "SELECT c FROM DeclaredConflict c"
        + " WHERE c.roundId = :roundId ORDER BY c.id")
@NamedQuery(name = DeclaredConflict.FIND_BY_ROUNDS, query = "SELECT c FROM DeclaredConflict c"
        + " WHERE c.roundId IN :roundIds ORDER BY c.id")
public class DeclaredConflict {

    public static final String FIND_BY_ROUND = "DeclaredConflict.findByRound";
    public static final String FIND_BY_ROUNDS = "DeclaredConflict.findByRounds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "member_id")
    private long memberId;

    @Column(name = "nomination_id")
    private long nominationId;

    private String reason;

    protected DeclaredConflict() {
    }

    public DeclaredConflict(long roundId, long memberId, long nominationId, String reason) {
        this.roundId = roundId;
        this.memberId = memberId;
        this.nominationId = nominationId;
        this.reason = Objects.requireNonNull(reason);
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getNominationId() {
        return nominationId;
    }

    public String getReason() {
        return reason;
    }
}
