package org.laureate.nomination.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.laureate.nomination.control.EligibilityPolicy;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.Notice;
import org.laureate.platform.StateChange;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * A ministry of culture's way in to the petitions of its own country: it reads them with their eligibility checks and
 * admits, returns or rejects each submitted one. The ministry's country is that of the caller's account, never a
 * parameter; every other country's petition does not exist for it (R4.30).
 */
@Stateless
@RolesAllowed(Role.Names.MINISTRY)
public class PetitionReviewService {

    private static final String SUBJECT = "Nomination";
    private static final Set<NominationStatus> DECIDED = EnumSet.of(NominationStatus.ADMITTED,
            NominationStatus.RETURNED, NominationStatus.REJECTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<Notice> notices;

    private final EligibilityPolicy eligibility = new EligibilityPolicy();

    /**
     * The petitions of the caller's country awaiting a decision or, when {@code decided}, those already admitted,
     * returned or rejected; each with its eligibility checks.
     */
    public List<PetitionReview> petitions(boolean decided) {
        var statuses = decided ? DECIDED : EnumSet.of(NominationStatus.SUBMITTED);
        return em.createNamedQuery(Nomination.FIND_BY_COUNTRY_AND_STATUS, Nomination.class)
                .setParameter("country", myCountry())
                .setParameter("statuses", statuses)
                .setHint("eclipselink.batch", "n.nominees")
                .setHint("eclipselink.batch", "n.materials")
                .getResultList()
                .stream()
                .map(this::review)
                .toList();
    }

    /** One petition of the caller's country with its eligibility checks. */
    public PetitionReview open(long id) {
        return review(ours(id));
    }

    /** R4.9 Admits the petition, as the ministry saw it, to the Expert Council. */
    public Nomination admit(long id, int version) {
        var nomination = ours(id, version);
        var before = nomination.getStatus();
        nomination.admit(clock.instant());
        decided(nomination, "admit", before, NominationStatus.ADMITTED.name(), "nomination.admitted");
        return nomination;
    }

    /** R4.10 Returns the petition for correction, with a reason, while the call is open. */
    public Nomination returnForCorrection(long id, int version, @NotNull @Size(max = 2000) String reason) {
        var nomination = ours(id, version);
        var before = nomination.getStatus();
        nomination.returnForCorrection(reason, clock.instant());
        decided(nomination, "return", before, "RETURNED: " + nomination.getDecisionReason(), "nomination.returned");
        return nomination;
    }

    /** R4.11 Rejects the petition with a reason the organisation sees. */
    public Nomination reject(long id, int version, @NotNull @Size(max = 2000) String reason) {
        var nomination = ours(id, version);
        var before = nomination.getStatus();
        nomination.reject(reason, clock.instant());
        decided(nomination, "reject", before, "REJECTED: " + nomination.getDecisionReason(), "nomination.rejected");
        return nomination;
    }

    /** R4.31 Every user of the petition's organisation is told of the decision, in their own language. */
    private void decided(Nomination nomination, String action, NominationStatus before, String after, String notice) {
        changes.fire(new StateChange(SUBJECT, nomination.getId().toString(), action, before.name(), after));
        var reason = nomination.getDecisionReason() == null ? "" : nomination.getDecisionReason();
        accounts.membersOf(nomination.getOrganisation().getId()).stream()
                .filter(Account::isEnabled)
                .filter(account -> account.getEmail() != null)
                .forEach(account -> notices.fire(Notice.of(account.getEmail(), account.getLanguage(), notice,
                        nomination.getRegistrationNumber(), nomination.getWorkTitle(), reason)));
    }

    private PetitionReview review(Nomination nomination) {
        return new PetitionReview(nomination, eligibility.check(nomination));
    }

    private Country myCountry() {
        return accounts.current()
                .map(Account::getCountry)
                .orElseThrow(() -> new BusinessException("general.error.notFound"));
    }

    /** R4.30 A ministry reads only the petitions of its own country that have been submitted. */
    private Nomination ours(long id) {
        var nomination = em.find(Nomination.class, id);
        if (nomination == null || nomination.getCountry() != myCountry()
                || nomination.getStatus() == NominationStatus.DRAFT) {
            throw new BusinessException("general.error.notFound");
        }
        return nomination;
    }

    /** The petition as the ministry last saw it: a change made since then is a conflict. */
    private Nomination ours(long id, int version) {
        var nomination = ours(id);
        nomination.requireVersion(version);
        return nomination;
    }
}
