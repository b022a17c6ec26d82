package org.laureate.nomination.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.nomination.control.EligibilityCheck;
import org.laureate.nomination.control.EligibilityPolicy;
import org.laureate.nomination.control.MaterialInspector;
import org.laureate.nomination.control.ReceiptDocument;
import org.laureate.nomination.entity.Material;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.organisation.boundary.OrganisationService;
import org.laureate.organisation.entity.Organisation;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Notice;
import org.laureate.platform.StateChange;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Role;

/**
 * The nominating organisation's way in to its petition: draft it step by step, attach materials, submit, withdraw,
 * and download the receipt. Every operation acts only on the caller's own organisation's petitions.
 */
@Stateless
@RolesAllowed(Role.Names.ORGANISATION)
public class NominationService {

    private static final String SUBJECT = "Nomination";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CycleService cycles;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<Notice> notices;

    private final EligibilityPolicy eligibility = new EligibilityPolicy();
    private final MaterialInspector inspector = new MaterialInspector();
    private final ReceiptDocument receipts = new ReceiptDocument();

    /** The caller's petition in the current cycle, unless it has none or withdrew it. */
    public Optional<Nomination> current() {
        var organisation = myOrganisation();
        return cycles.current().flatMap(cycle -> em
                .createNamedQuery(Nomination.FIND_CURRENT_OF_ORGANISATION, Nomination.class)
                .setParameter("organisation", organisation)
                .setParameter("cycle", cycle)
                .setParameter("withdrawn", NominationStatus.WITHDRAWN)
                .setMaxResults(1)
                .getResultStream()
                .findFirst());
    }

    /** Every petition the caller's organisation has made, newest first. */
    public List<Nomination> mine() {
        return em.createNamedQuery(Nomination.FIND_BY_ORGANISATION, Nomination.class)
                .setParameter("organisation", myOrganisation())
                .getResultList();
    }

    /** R4.16 An organisation drafts one petition per cycle at a time. */
    public Nomination start() {
        if (current().isPresent()) {
            throw new BusinessException("nomination.error.onePerCycle");
        }
        var cycle = cycles.current().orElseThrow(() -> new BusinessException("nomination.error.callClosed"));
        var nomination = Nomination.draft(cycle, myOrganisation(), now());
        em.persist(nomination);
        em.flush();
        changes.fire(new StateChange(SUBJECT, nomination.getId().toString(), "draft", null, "DRAFT"));
        return nomination;
    }

    public Nomination get(long id) {
        return mine(id);
    }

    public Nomination describeWork(long id, int version, @NotNull @Valid WorkForm work) {
        var nomination = mine(id, version);
        nomination.describeWork(work.getTitle(), work.getArtField(), work.getPublicityForm(), work.getMadePublicOn(),
                work.getDescription(), now());
        return nomination;
    }

    public Nomination giveReasons(long id, int version, @NotNull @Size(max = 20000) String reasons) {
        var nomination = mine(id, version);
        nomination.giveReasons(reasons, now());
        return nomination;
    }

    public Nomination addNominee(long id, int version, @NotNull @Valid NomineeForm nominee) {
        var nomination = mine(id, version);
        nomination.addNominee(nominee.toNominee(), now());
        return nomination;
    }

    public Nomination removeNominee(long id, int version, long nomineeId) {
        var nomination = mine(id, version);
        nomination.removeNominee(nomineeId, now());
        return nomination;
    }

    /** R4.14 An uploaded file is accepted by its content and size; nothing is stored when it is refused. */
    public Nomination attach(long id, int version, @NotNull @Size(min = 1, max = 300) String title,
            @Size(max = 255) String fileName, @NotNull byte[] content) {
        var nomination = mine(id, version);
        var recognised = inspector.inspect(content, nomination.uploadedBytes());
        nomination.addMaterial(Material.file(recognised.kind(), title.strip(), fileName, recognised.contentType(),
                content, recognised.sha256(), now()), now());
        return nomination;
    }

    public Nomination link(long id, int version, @NotNull @Size(min = 1, max = 300) String title, String url) {
        var nomination = mine(id, version);
        nomination.addMaterial(Material.link(title.strip(), inspector.checkLink(url), now()), now());
        return nomination;
    }

    public Nomination removeMaterial(long id, int version, long materialId) {
        var nomination = mine(id, version);
        nomination.removeMaterial(materialId, now());
        return nomination;
    }

    /**
     * R4.6 Submits the petition while the call is open, R4.12 when every eligibility rule holds, and R4.16 only if the
     * organisation has no other petition in the cycle. Submissions of one cycle are numbered one after another.
     */
    public Nomination submit(long id, int version) {
        var nomination = mine(id, version);
        eligibility.firstFailure(nomination).ifPresent(failure -> {
            throw new BusinessException(failure.messageKey(), failure.arguments().toArray());
        });
        em.lock(nomination.getCycle(), LockModeType.PESSIMISTIC_WRITE);
        var before = nomination.getStatus();
        var taken = em.createQuery("SELECT COUNT(n) FROM Nomination n WHERE n.cycle = :cycle"
                        + " AND n.organisation = :organisation AND n.id <> :id AND n.status <> :withdrawn"
                        + " AND n.status <> :draft", Long.class)
                .setParameter("cycle", nomination.getCycle())
                .setParameter("organisation", nomination.getOrganisation())
                .setParameter("id", nomination.getId())
                .setParameter("withdrawn", NominationStatus.WITHDRAWN)
                .setParameter("draft", NominationStatus.DRAFT)
                .getSingleResult();
        if (taken > 0) {
            throw new BusinessException("nomination.error.onePerCycle");
        }
        nomination.submit(now(), nextSequence(nomination));
        em.flush();
        changes.fire(new StateChange(SUBJECT, nomination.getId().toString(), "submit", before.name(),
                "SUBMITTED " + nomination.getRegistrationNumber()));
        accounts.current().filter(account -> account.getEmail() != null).ifPresent(account ->
                notices.fire(Notice.of(account.getEmail(), account.getLanguage(), "nomination.submitted",
                        nomination.getRegistrationNumber(), nomination.getWorkTitle())));
        return nomination;
    }

    public Nomination withdraw(long id, int version, @NotNull @Size(min = 1, max = 2000) String reason) {
        var nomination = mine(id, version);
        var before = nomination.getStatus();
        nomination.withdraw(reason, now());
        changes.fire(new StateChange(SUBJECT, nomination.getId().toString(), "withdraw", before.name(),
                "WITHDRAWN: " + reason.strip()));
        return nomination;
    }

    /** The eligibility of the petition as it stands, rule by rule. */
    public List<EligibilityCheck> checks(long id) {
        return eligibility.check(mine(id));
    }

    /** The PDF receipt of a submitted petition. */
    public byte[] receipt(long id) {
        var nomination = mine(id);
        if (nomination.getRegistrationNumber() == null) {
            throw new BusinessException("general.error.notFound");
        }
        return receipts.render(nomination);
    }

    private int nextSequence(Nomination nomination) {
        Integer max = em.createNamedQuery(Nomination.MAX_SEQUENCE, Integer.class)
                .setParameter("cycle", nomination.getCycle())
                .setParameter("country", nomination.getCountry())
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private Organisation myOrganisation() {
        return organisations.mine().orElseThrow(() -> new BusinessException("general.error.notFound"));
    }

    /** R4.17 An organisation sees and changes only its own petitions; any other is "not found". */
    private Nomination mine(long id) {
        var nomination = em.find(Nomination.class, id);
        if (nomination == null || !nomination.getOrganisation().getId().equals(myOrganisation().getId())) {
            throw new BusinessException("general.error.notFound");
        }
        return nomination;
    }

    /** The petition as the caller last saw it: a change made by someone else since then is a conflict. */
    private Nomination mine(long id, int version) {
        var nomination = mine(id);
        nomination.requireVersion(version);
        return nomination;
    }

    private Instant now() {
        return clock.instant();
    }
}
