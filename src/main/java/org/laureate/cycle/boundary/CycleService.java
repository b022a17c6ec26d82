package org.laureate.cycle.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CycleHeading;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.platform.BusinessException;
import org.laureate.platform.StateChange;
import org.laureate.security.entity.Role;

/**
 * The way in to award cycles: the public reads the current one; the secretariat creates cycles, revises them while they
 * are drafts and moves them through their phases. Every change fires a {@link StateChange} for the audit trail; a
 * phase move records its reason there as {@code "<PHASE>: <reason>"} in the state after.
 */
@Stateless
public class CycleService {

    /** The audit trail's name for a cycle. */
    public static final String SUBJECT = "AwardCycle";

    /** The longest reason for a phase move. */
    public static final int REASON_MAX = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<StateChange> changes;

    /** R1.4 The current cycle is the latest one announced (not a draft); the public sees it. */
    @PermitAll
    public Optional<AwardCycle> current() {
        return em.createNamedQuery(AwardCycle.FIND_CURRENT, AwardCycle.class)
                .setParameter("draft", CyclePhase.DRAFT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The name and phase of the current cycle, for the header of every page: two columns, not the whole cycle. */
    @PermitAll
    public Optional<CycleHeading> currentHeading() {
        return em.createNamedQuery(AwardCycle.FIND_CURRENT_HEADING, CycleHeading.class)
                .setParameter("draft", CyclePhase.DRAFT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The name and phase of an announced cycle by its id; none for a draft or an unknown id. */
    @PermitAll
    public Optional<CycleHeading> heading(long id) {
        return em.createNamedQuery(AwardCycle.FIND_HEADING, CycleHeading.class)
                .setParameter("id", id)
                .setParameter("draft", CyclePhase.DRAFT)
                .getResultStream()
                .findFirst();
    }

    /** Every cycle, the latest first; past cycles stay readable. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AwardCycle> all() {
        return em.createNamedQuery(AwardCycle.FIND_ALL, AwardCycle.class).getResultList();
    }

    /** The cycles announced so far (not drafts), the latest first, for those who follow the decisions. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COUNCIL, Role.Names.EXPERT_CHAIR})
    public List<AwardCycle> announced() {
        return em.createNamedQuery(AwardCycle.FIND_CURRENT, AwardCycle.class)
                .setParameter("draft", CyclePhase.DRAFT)
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AwardCycle find(long id) {
        var cycle = em.find(AwardCycle.class, id);
        if (cycle == null) {
            throw new BusinessException("general.error.notFound");
        }
        return cycle;
    }

    /** A new cycle, a draft, on the terms entered (R1.6); its name is unique. */
    @RolesAllowed(Role.Names.ADMIN)
    public AwardCycle create(@NotNull @Valid CycleForm form) {
        var cycle = AwardCycle.draft(form.toTerms());
        requireUniqueName(cycle.getName(), null);
        em.persist(cycle);
        em.flush();
        changes.fire(new StateChange(SUBJECT, cycle.getId().toString(), "create", null, cycle.getPhase().name()));
        return cycle;
    }

    /** Replaces the terms of a draft cycle (R1.10), unless someone changed it since {@code version} was read. */
    @RolesAllowed(Role.Names.ADMIN)
    public AwardCycle revise(long id, int version, @NotNull @Valid CycleForm form) {
        var cycle = current(id, version);
        var terms = form.toTerms();
        requireUniqueName(terms.name(), cycle.getId());
        cycle.revise(terms);
        changes.fire(new StateChange(SUBJECT, cycle.getId().toString(), "revise", cycle.getPhase().name(),
                cycle.getPhase().name()));
        return cycle;
    }

    /**
     * R1.13 Closes every call whose closing instant has passed by the server's clock, each by a conditional update of
     * its row, so that of several servers firing at once one closes it and records it, the others find it closed.
     *
     * @return the ids of the cycles this call closed
     */
    @PermitAll
    public List<Long> closeDueCalls() {
        var now = clock.instant();
        var due = em.createNamedQuery(AwardCycle.FIND_DUE_TO_CLOSE, Long.class)
                .setParameter("open", CyclePhase.CALL_OPEN)
                .setParameter("now", now)
                .getResultList();
        var closed = new ArrayList<Long>();
        for (var id : due) {
            int won = em.createNamedQuery(AwardCycle.CLOSE_CALL)
                    .setParameter("closed", CyclePhase.CALL_CLOSED)
                    .setParameter("id", id)
                    .setParameter("open", CyclePhase.CALL_OPEN)
                    .setParameter("now", now)
                    .executeUpdate();
            if (won == 1) {
                closed.add(id);
                changes.fire(new StateChange(SUBJECT, id.toString(), "closeCall", CyclePhase.CALL_OPEN.name(),
                        CyclePhase.CALL_CLOSED.name()));
            }
        }
        return closed;
    }

    /** The next closing instant of an open call, after now; none when no call is open. */
    @PermitAll
    public Optional<Instant> nextClosing() {
        return em.createQuery("SELECT MIN(c.callClosesAt) FROM AwardCycle c WHERE c.phase = :open"
                        + " AND c.callClosesAt > :now", Instant.class)
                .setParameter("open", CyclePhase.CALL_OPEN)
                .setParameter("now", clock.instant())
                .getResultStream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * R1.12 The cycle's phase follows a step a later feature took, in that feature's transaction; a move is recorded
     * in the audit trail as {@code "<PHASE>: <STEP>"}. A step of an unknown cycle, or one that does not move it, is
     * ignored.
     */
    @PermitAll
    public void follow(@Observes CycleStepTaken taken) {
        var cycle = em.find(AwardCycle.class, taken.cycleId());
        if (cycle == null) {
            return;
        }
        var before = cycle.getPhase();
        if (cycle.follow(taken.step())) {
            changes.fire(new StateChange(SUBJECT, cycle.getId().toString(), "follow", before.name(),
                    cycle.getPhase().name() + ": " + taken.step().name()));
        }
    }

    /** Moves the cycle one phase forward by the server's clock (R1.3, R1.7, R1.8); the reason is optional. */
    @RolesAllowed(Role.Names.ADMIN)
    public AwardCycle advance(long id, int version, @Size(max = REASON_MAX) String reason) {
        var cycle = current(id, version);
        var before = cycle.getPhase();
        var next = before.next().orElseThrow(() -> new BusinessException("cycle.error.lastPhase"));
        cycle.advanceTo(next, clock.instant());
        fireMove(cycle, "advance", before, reason);
        return cycle;
    }

    /** Closes the call before its closing instant, with a reason (R1.8). */
    @RolesAllowed(Role.Names.ADMIN)
    public AwardCycle forceCloseCall(long id, int version, @NotBlank @Size(max = REASON_MAX) String reason) {
        var cycle = current(id, version);
        var before = cycle.getPhase();
        cycle.forceCloseCall(reason);
        fireMove(cycle, "forceCloseCall", before, reason);
        return cycle;
    }

    /** Moves the cycle to another phase outside its steps, as a correction with a reason (R1.9). */
    @RolesAllowed(Role.Names.ADMIN)
    public AwardCycle correct(long id, int version, @NotNull CyclePhase other,
            @NotBlank @Size(max = REASON_MAX) String reason) {
        var cycle = current(id, version);
        var before = cycle.getPhase();
        cycle.correctTo(other, reason);
        fireMove(cycle, "correct", before, reason);
        return cycle;
    }

    private AwardCycle current(long id, int version) {
        var cycle = find(id);
        if (cycle.getVersion() != version) {
            throw new OptimisticLockException(cycle);
        }
        return cycle;
    }

    private void requireUniqueName(String name, Long except) {
        boolean taken = em.createNamedQuery(AwardCycle.FIND_BY_NAME, AwardCycle.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(except));
        if (taken) {
            throw new BusinessException("cycle.error.nameTaken", name);
        }
    }

    private void fireMove(AwardCycle cycle, String action, CyclePhase before, String reason) {
        String after = reason == null || reason.isBlank() ? cycle.getPhase().name()
                : cycle.getPhase().name() + ": " + reason.strip();
        changes.fire(new StateChange(SUBJECT, cycle.getId().toString(), action, before.name(), after));
    }
}
