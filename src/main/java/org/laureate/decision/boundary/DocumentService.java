package org.laureate.decision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.decision.control.AwardDocuments;
import org.laureate.decision.control.VoteMinutes;
import org.laureate.decision.entity.Resolution;
import org.laureate.decision.entity.ResolutionBody;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.platform.BusinessException;
import org.laureate.security.entity.Role;
import org.laureate.vote.boundary.VoteService;

/**
 * The documents of the last steps, for those who may know the nominees (R13.4): award sheets and nominee diplomas of
 * the nominees, the draft resolution, laureate diplomas once the Supreme State Council has awarded the prizes, and
 * the extract of the minutes of each closed final vote. Anything else is "not found".
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.COUNCIL, Role.Names.EXPERT_CHAIR})
public class DocumentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    VoteService votes;

    private final AwardDocuments documents = new AwardDocuments();

    /** The award sheet of an author of a nominated work. */
    public byte[] awardSheet(long nominationId, long nomineeId) {
        var nomination = nominee(nominationId);
        return documents.awardSheet(nomination, author(nomination, nomineeId));
    }

    /** The diploma of an author of a nominated work. */
    public byte[] nomineeDiploma(long nominationId, long nomineeId) {
        var nomination = nominee(nominationId);
        return documents.nomineeDiploma(nomination, author(nomination, nomineeId));
    }

    /** The diploma of an author of a work the Supreme State Council awarded. */
    public byte[] laureateDiploma(long nominationId, long nomineeId) {
        var nomination = find(nominationId);
        var supreme = resolution(nomination.getCycle().getId(), ResolutionBody.SUPREME_STATE_COUNCIL);
        if (supreme == null || !supreme.getApproved().contains(nominationId)) {
            throw new BusinessException("general.error.notFound");
        }
        return documents.laureateDiploma(nomination, author(nomination, nomineeId), supreme.getNumber(),
                supreme.getAdoptedOn());
    }

    /**
     * R13.9 The draft resolution of the Supreme State Council: once that Council has resolved, the works it awarded;
     * before, the nominees the Council of Ministers approved, or, before its resolution, all the nominees.
     */
    public byte[] draftResolution(long cycleId) {
        var cycle = em.find(AwardCycle.class, cycleId);
        if (cycle == null) {
            throw new BusinessException("general.error.notFound");
        }
        var supreme = resolution(cycleId, ResolutionBody.SUPREME_STATE_COUNCIL);
        var ministers = resolution(cycleId, ResolutionBody.COUNCIL_OF_MINISTERS);
        var ids = supreme != null ? new ArrayList<>(supreme.getApproved())
                : ministers != null ? new ArrayList<>(ministers.getApproved()) : votes.nominees(cycleId);
        if (ids.isEmpty()) {
            throw new BusinessException("resolution.error.noNominees");
        }
        return documents.draftResolution(cycle.getName(), ids.stream().map(this::find).toList());
    }

    /** The extract of the minutes of a closed final vote. */
    public byte[] minutes(long voteId) {
        var result = votes.result(voteId);
        var vote = result.vote();
        var cycle = em.find(AwardCycle.class, vote.getCycleId());
        var lines = result.lines().stream()
                .map(line -> new VoteMinutes.Line(line.petition().registrationNumber(), line.petition().workTitle(),
                        AwardDocuments.authors(find(line.petition().id())), line.votes().votesFor(),
                        line.votes().against(), line.votes().abstain(), line.chosen()))
                .toList();
        List<String> decision = result.chosen().stream()
                .map(PetitionSummary::id)
                .map(this::find)
                .map(nomination -> AwardDocuments.authors(nomination) + " — " + nomination.getWorkTitle())
                .toList();
        return documents.minutes(new VoteMinutes(cycle.getName(), vote.getHeldOn(), vote.getPlace(),
                result.councilSize(), votes.presentNames(voteId), lines, decision));
    }

    private Nomination nominee(long nominationId) {
        var nomination = find(nominationId);
        if (!votes.nominees(nomination.getCycle().getId()).contains(nominationId)) {
            throw new BusinessException("general.error.notFound");
        }
        return nomination;
    }

    private static Nominee author(Nomination nomination, long nomineeId) {
        return nomination.getNominees().stream()
                .filter(nominee -> nominee.getId() == nomineeId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("general.error.notFound"));
    }

    private Nomination find(long nominationId) {
        var nomination = em.find(Nomination.class, nominationId);
        if (nomination == null) {
            throw new BusinessException("general.error.notFound");
        }
        return nomination;
    }

    private Resolution resolution(long cycleId, ResolutionBody body) {
        return em.createNamedQuery(Resolution.FIND_BY_CYCLE, Resolution.class)
                .setParameter("cycleId", cycleId)
                .getResultStream()
                .filter(r -> r.getBody() == body)
                .findFirst()
                .orElse(null);
    }
}
