package org.laureate.decision.boundary;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.laureate.cycle.boundary.CycleStepTaken;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CycleStep;
import org.laureate.decision.boundary.LaureatesAwarded.AwardedAuthor;
import org.laureate.decision.boundary.LaureatesAwarded.AwardedWork;
import org.laureate.decision.entity.Resolution;
import org.laureate.decision.entity.ResolutionBody;
import org.laureate.decision.entity.ScannedDocument;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.StateChange;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Role;
import org.laureate.vote.boundary.VoteService;

/**
 * The Councils' resolutions on a cycle's prizes: the Council of Ministers approves the Expert Council's nominees (all
 * or some), then the Supreme State Council, with the agreement of both member states, awards the prizes to the
 * nominees it names, who become laureates. A COUNCIL user records both; until the second is recorded the nominees'
 * names are confidential (R13.4).
 */
@Stateless
public class ResolutionService {

    private static final String SUBJECT = "Resolution";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    VoteService votes;

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<LaureatesAwarded> awarded;

    @Inject
    Event<CycleStepTaken> steps;

    /** R13.4 A cycle's nominees, resolutions and laureates, for those who may know the nominees. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COUNCIL, Role.Names.EXPERT_CHAIR})
    public CycleDecisions decisions(long cycleId) {
        var cycle = cycle(cycleId);
        var ministers = resolution(cycleId, ResolutionBody.COUNCIL_OF_MINISTERS);
        var supreme = resolution(cycleId, ResolutionBody.SUPREME_STATE_COUNCIL);
        var laureates = supreme.map(r -> summaries(List.copyOf(r.getApproved()))).orElse(List.of());
        var nominees = votes.nominees(cycleId);
        var authors = nominees.stream()
                .map(id -> em.find(Nomination.class, id))
                .flatMap(nomination -> nomination.getNominees().stream()
                        .map(nominee -> new CycleDecisions.Author(nomination.getId(), nominee.getId(),
                                nominee.getFullNameRu())))
                .toList();
        return new CycleDecisions(cycleId, cycle.getName(), summaries(nominees), ministers, supreme, laureates,
                authors);
    }

    /**
     * R13.1 Records the Council of Ministers' resolution approving all or some of the nominees of the cycle's final
     * vote; R13.5 once per cycle.
     */
    @RolesAllowed(Role.Names.COUNCIL)
    public Resolution recordMinisters(long cycleId, @NotBlank @Size(max = Resolution.NUMBER_MAX) String number,
            @NotNull LocalDate adoptedOn, @NotNull ScannedDocument scan, @NotNull List<Long> approved) {
        cycle(cycleId);
        var nominees = votes.nominees(cycleId);
        if (nominees.isEmpty()) {
            throw new BusinessException("resolution.error.noNominees");
        }
        var ministers = record(new Resolution(cycleId, ResolutionBody.COUNCIL_OF_MINISTERS, number, adoptedOn, true,
                true, scan, approved, nominees, clock.instant(), caller()));
        steps.fire(new CycleStepTaken(cycleId, CycleStep.MINISTERS_RESOLVED));
        return ministers;
    }

    /**
     * R13.2 Records the Supreme State Council's resolution, with the agreement of both member states, awarding the
     * prizes to all or some of the nominees the Council of Ministers approved; R13.6 it follows that resolution;
     * R13.8 its laureates are recorded for publication in the same transaction.
     */
    @RolesAllowed(Role.Names.COUNCIL)
    public Resolution recordSupreme(long cycleId, @NotBlank @Size(max = Resolution.NUMBER_MAX) String number,
            @NotNull LocalDate adoptedOn, boolean agreedByBelarus, boolean agreedByRussia,
            @NotNull ScannedDocument scan, @NotNull List<Long> approved) {
        var ministers = resolution(cycleId, ResolutionBody.COUNCIL_OF_MINISTERS)
                .orElseThrow(() -> new BusinessException("resolution.error.ministersFirst"));
        if (adoptedOn.isBefore(ministers.getAdoptedOn())) {
            throw new BusinessException("resolution.error.order");
        }
        var cycle = cycle(cycleId);
        var supreme = record(new Resolution(cycleId, ResolutionBody.SUPREME_STATE_COUNCIL, number, adoptedOn,
                agreedByBelarus, agreedByRussia, scan, approved, ministers.getApproved(), clock.instant(), caller()));
        awarded.fire(new LaureatesAwarded(cycleId, cycle.getName(), supreme.getNumber(), supreme.getAdoptedOn(),
                supreme.getApproved().stream().map(id -> em.find(Nomination.class, id)).map(ResolutionService::work)
                        .toList()));
        steps.fire(new CycleStepTaken(cycleId, CycleStep.PRIZES_AWARDED));
        return supreme;
    }

    /** R13.8 A laureate work as the publication records it, with each author's names and country. */
    private static AwardedWork work(Nomination nomination) {
        return new AwardedWork(nomination.getId(), nomination.getWorkTitle(), nomination.getArtField(),
                nomination.getNominees().stream()
                        .map(nominee -> new AwardedAuthor(nominee.getFullNameRu(), nominee.getFullNameBe(),
                                Country.valueOf(nominee.getCitizenship())))
                        .toList());
    }

    /**
     * The scan of a resolution, read within this call. R13.4 It names the nominees: a co-chair reads the scans of their
     * own council's cycle only (R12.13), as its other decisions.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COUNCIL, Role.Names.EXPERT_CHAIR})
    public ScannedDocument scan(long resolutionId) {
        var resolution = em.find(Resolution.class, resolutionId);
        if (resolution == null || !votes.isConfidant(resolution.getCycleId())) {
            throw new BusinessException("general.error.notFound");
        }
        return ScannedDocument.of(resolution.getDocumentName(), resolution.getDocument());
    }

    /** R13.4 Whether the Supreme State Council has awarded the cycle's prizes, so that its laureates may be named. */
    @PermitAll
    public boolean isAwarded(long cycleId) {
        return resolution(cycleId, ResolutionBody.SUPREME_STATE_COUNCIL).isPresent();
    }

    private Resolution record(Resolution resolution) {
        if (resolution(resolution.getCycleId(), resolution.getBody()).isPresent()) {
            throw new BusinessException("resolution.error.recorded");
        }
        em.persist(resolution);
        em.flush();
        changes.fire(new StateChange(SUBJECT, String.valueOf(resolution.getId()), "record", null,
                resolution.getBody() + " No. " + resolution.getNumber() + " of " + resolution.getAdoptedOn() + ", "
                        + resolution.getApproved().size() + " approved"));
        return resolution;
    }

    private Optional<Resolution> resolution(long cycleId, ResolutionBody body) {
        return em.createNamedQuery(Resolution.FIND_BY_CYCLE, Resolution.class)
                .setParameter("cycleId", cycleId)
                .getResultStream()
                .filter(r -> r.getBody() == body)
                .findFirst();
    }

    private List<PetitionSummary> summaries(List<Long> ids) {
        return ids.stream().map(id -> em.find(Nomination.class, id)).map(PetitionSummary::of).toList();
    }

    private AwardCycle cycle(long cycleId) {
        var cycle = em.find(AwardCycle.class, cycleId);
        if (cycle == null) {
            throw new BusinessException("general.error.notFound");
        }
        return cycle;
    }

    private String caller() {
        return accounts.current().orElseThrow(() -> new BusinessException("general.error.notFound")).getUsername();
    }
}
