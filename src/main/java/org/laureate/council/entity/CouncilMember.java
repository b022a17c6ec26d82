package org.laureate.council.entity;

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
import java.util.Objects;
import org.laureate.platform.Country;

/**
 * A seat on the Expert Council of one cycle: a member, or one of the two co-chairs (one from each country). The
 * organisation the member belongs to, if any, recuses them from its petitions.
 */
@Entity
@Table(name = "council_member")
@NamedQuery(name = CouncilMember.FIND_BY_CYCLE,
        query = "SELECT m FROM CouncilMember m WHERE m.cycleId = :cycleId ORDER BY m.coChair DESC, m.id")
@NamedQuery(name = CouncilMember.FIND_BY_CYCLE_AND_ACCOUNT,
        query = "SELECT m FROM CouncilMember m WHERE m.cycleId = :cycleId AND m.accountId = :accountId")
@NamedQuery(name = CouncilMember.FIND_BY_ACCOUNT,
        query = "SELECT m FROM CouncilMember m WHERE m.accountId = :accountId")
public class CouncilMember {

    public static final String FIND_BY_CYCLE = "CouncilMember.findByCycle";
    public static final String FIND_BY_CYCLE_AND_ACCOUNT = "CouncilMember.findByCycleAndAccount";
    public static final String FIND_BY_ACCOUNT = "CouncilMember.findByAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private long cycleId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "co_chair")
    private boolean coChair;

    @Enumerated(EnumType.STRING)
    private Country country;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private int version;

    protected CouncilMember() {
    }

    public CouncilMember(long cycleId, long accountId, boolean coChair, Country country, Long organisationId) {
        this.cycleId = cycleId;
        this.accountId = accountId;
        this.coChair = coChair;
        this.country = Objects.requireNonNull(country);
        this.organisationId = organisationId;
    }

    public Long getId() {
        return id;
    }

    public long getCycleId() {
        return cycleId;
    }

    public long getAccountId() {
        return accountId;
    }

    public boolean isCoChair() {
        return coChair;
    }

    public Country getCountry() {
        return country;
    }

    public Long getOrganisationId() {
        return organisationId;
    }
}
