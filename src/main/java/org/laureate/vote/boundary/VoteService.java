package org.laureate.vote.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.laureate.council.boundary.CouncilService;
import org.laureate.council.boundary.SeatDismissal;
import org.laureate.council.entity.CouncilMember;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.BusinessException;
import org.laureate.platform.StateChange;
import org.laureate.scoring.entity.CandidateList;
import org.laureate.scoring.entity.CandidateListStatus;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Role;
import org.laureate.vote.control.VoteChain;
import org.laureate.vote.control.VoteCount;
import org.laureate.vote.entity.FinalVote;
import org.laureate.vote.entity.VoteCast;
import org.laureate.vote.entity.VoteCredentialIssue;
import org.laureate.vote.entity.VoteKey;

/**
 * The Expert Council's final vote: the secretariat puts the finalists to the vote, registers who is present, opens it
 * with a quorum and closes it; each member present obtains the vote's anonymous credentials (RFC 9474 blind RSA, as in
 * the scoring rounds) and casts their ballots with them through {@link VoteBox}, without a session; the result, the
 * board and the nominees are read by the secretariat, the co-chairs and the Council's recorders only, since the
 * nominees' names stay confidential until the Supreme State Council's resolution.
 */
@Stateless
public class VoteService {

    private static final String SUBJECT = "FinalVote";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @Inject
    CouncilService council;

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<VoteOpened> opened;

    @Inject
    VoteKeys keys;

    /** The final votes of a cycle, the latest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public List<FinalVote> votes(long cycleId) {
        return em.createNamedQuery(FinalVote.FIND_BY_CYCLE, FinalVote.class)
                .setParameter("cycleId", cycleId)
                .getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public FinalVote find(long voteId) {
        return vote(voteId);
    }

    /** The candidates of the cycle's published lists, from which the secretariat chooses the finalists. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<PetitionSummary> candidates(long cycleId) {
        return publishedCandidates(cycleId).stream()
                .map(id -> PetitionSummary.of(em.find(Nomination.class, id)))
                .toList();
    }

    /**
     * R12.1 Puts finalists to the vote at the council's final meeting, by the cycle's voting settings, for as many
     * prizes as the cycle awards; R12.10 the finalists are candidates on the cycle's published list.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public FinalVote prepare(long cycleId, @NotNull LocalDate heldOn,
            @NotBlank @Size(max = FinalVote.PLACE_MAX) String place, @NotNull List<Long> finalists) {
        var cycle = em.find(AwardCycle.class, cycleId);
        if (cycle == null) {
            throw new BusinessException("general.error.notFound");
        }
        if (!publishedCandidates(cycleId).containsAll(finalists)) {
            throw new BusinessException("vote.error.notCandidate");
        }
        new VoteChain(votes(cycleId)).requireNone();
        var vote = new FinalVote(cycleId, null, heldOn, place, cycle.getVoteMode(), cycle.getMajorityRule(),
                cycle.getPrizeCount(), finalists);
        em.persist(vote);
        em.flush();
        changes.fire(new StateChange(SUBJECT, String.valueOf(vote.getId()), "prepare", null,
                finalists.size() + " finalists, " + vote.getSeats() + " prizes"));
        return vote;
    }

    /** The council of the vote's cycle, for registering presence. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<CouncilMember> council(long voteId) {
        return council.members(vote(voteId).getCycleId());
    }

    /** The names of the members registered present, for the minutes. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public List<String> presentNames(long voteId) {
        var vote = vote(voteId);
        return council.names(council.members(vote.getCycleId()).stream()
                .filter(member -> vote.isPresent(member.getId()))
                .toList());
    }

    /** R12.2 Registers the members present, all of them seats on the cycle's council. */
    @RolesAllowed(Role.Names.ADMIN)
    public FinalVote registerPresence(long voteId, @NotNull Collection<Long> memberIds) {
        var vote = vote(voteId);
        var seats = council.members(vote.getCycleId()).stream().map(CouncilMember::getId).toList();
        if (!seats.containsAll(memberIds)) {
            throw new BusinessException("general.error.notFound");
        }
        vote.registerPresence(memberIds);
        changes.fire(new StateChange(SUBJECT, String.valueOf(voteId), "presence", null,
                memberIds.size() + " present of " + seats.size()));
        return vote;
    }

    /** R12.3 Opens the vote when a quorum of the council is present. */
    @RolesAllowed(Role.Names.ADMIN)
    public FinalVote open(long voteId) {
        var vote = vote(voteId);
        var cycle = em.find(AwardCycle.class, vote.getCycleId());
        vote.open(council.members(vote.getCycleId()).size(), cycle.getQuorumNumerator(), cycle.getQuorumDenominator(),
                clock.instant());
        changes.fire(new StateChange(SUBJECT, String.valueOf(voteId), "open", "PREPARED", "OPEN"));
        opened.fire(new VoteOpened(voteId));
        return vote;
    }

    /** R12.4 Closes the vote; R9.29 its private keys are destroyed with it. */
    @RolesAllowed(Role.Names.ADMIN)
    public FinalVote close(long voteId) {
        var vote = vote(voteId);
        vote.close(clock.instant());
        keys.forget(voteId);
        changes.fire(new StateChange(SUBJECT, String.valueOf(voteId), "close", "OPEN", "CLOSED"));
        return vote;
    }

    /**
     * R12.9 Puts the petitions tied at the boundary to a run-off, with the same members present, for the seats left.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public FinalVote runOff(long voteId) {
        var result = result(voteId);
        if (result.runOff().isEmpty()) {
            throw new BusinessException("vote.error.noRunOff");
        }
        var vote = result.vote();
        var runOff = new FinalVote(vote.getCycleId(), vote.getId(), vote.getHeldOn(), vote.getPlace(), vote.getMode(),
                vote.getMajority(), result.runOffSeats(), result.runOff().stream().map(PetitionSummary::id).toList());
        runOff.registerPresence(vote.getPresent());
        em.persist(runOff);
        em.flush();
        changes.fire(new StateChange(SUBJECT, String.valueOf(runOff.getId()), "runOff", String.valueOf(voteId),
                result.runOff().size() + " tied for " + result.runOffSeats()));
        return runOff;
    }

    /** R12.7–R12.9 The result of a closed vote. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public VoteResult result(long voteId) {
        var vote = vote(voteId);
        council.requireReader(vote.getCycleId(), Role.ADMIN, Role.COUNCIL);
        if (!vote.isClosed()) {
            throw new BusinessException("vote.error.notClosed");
        }
        var seats = council.members(vote.getCycleId());
        var petitions = petitions(vote.getFinalists());
        var outcome = count(vote, seats, petitions, roundsOf(vote.getCycleId()));
        var lines = outcome.votes().stream()
                .map(v -> new VoteResult.Line(PetitionSummary.of(petitions.get(v.nominationId())), v,
                        outcome.chosen().contains(v.nominationId())))
                .toList();
        return new VoteResult(vote, seats.size(), lines, summaries(outcome.chosen(), petitions),
                summaries(outcome.runOff(), petitions), outcome.runOffSeats());
    }

    /**
     * R12.11 The cycle's nominees: the petitions chosen by its final vote and by the run-offs that followed it (see
     * {@link VoteChain}), each vote counted once; empty while one of them is not closed or a run-off is still needed.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public List<Long> nominees(long cycleId) {
        council.requireReader(cycleId, Role.ADMIN, Role.COUNCIL);
        var chain = new VoteChain(votes(cycleId));
        if (chain.votes().isEmpty()) {
            return List.of();
        }
        var seats = council.members(cycleId);
        var rounds = roundsOf(cycleId);
        return chain.nominees(vote -> count(vote, seats, petitions(vote.getFinalists()), rounds));
    }

    /**
     * The count of a closed vote (R12.7–R12.9): on each finalist, the members present who may vote on it, that is who
     * are not recused from it (R12.12), and the ballots cast.
     */
    private VoteCount.Outcome count(FinalVote vote, List<CouncilMember> seats, Map<Long, Nomination> petitions,
            List<Long> rounds) {
        var eligible = new LinkedHashMap<Long, Integer>();
        petitions.keySet().forEach(id -> eligible.put(id, 0));
        seats.stream().filter(member -> vote.isPresent(member.getId())).forEach(member -> {
            var recused = recused(member, petitions.values(), rounds);
            petitions.keySet().stream()
                    .filter(id -> !recused.contains(id))
                    .forEach(id -> eligible.merge(id, 1, Integer::sum));
        });
        var ballots = em.createNamedQuery(VoteCast.FIND_BY_VOTE, VoteCast.class)
                .setParameter("voteId", vote.getId())
                .getResultStream()
                .map(ballot -> Map.of(ballot.getNominationId(), ballot.getChoice()))
                .toList();
        return new VoteCount(vote.getMajority(), seats.size(), vote.getSeats()).count(eligible, ballots);
    }

    /** The votes in which the caller sits among the members present, the latest first. */
    @RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
    public List<FinalVote> myVotes() {
        var seats = new HashMap<Long, CouncilMember>();
        council.callerSeats().forEach(seat -> seats.put(seat.getCycleId(), seat));
        if (seats.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(FinalVote.FIND_BY_CYCLES, FinalVote.class)
                .setParameter("cycleIds", seats.keySet())
                .getResultStream()
                .filter(vote -> vote.isPresent(seats.get(vote.getCycleId()).getId()))
                .toList();
    }

    /**
     * The caller's view of a vote: the finalists, those they are recused from, whether they are present and were
     * issued the vote's credentials, and while the vote is open and they are present, the public keys of the
     * credentials they may obtain (R12.14).
     */
    @RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
    public MyVote myVote(long voteId) {
        var vote = vote(voteId);
        var member = council.requireCallerSeat(vote.getCycleId());
        var petitions = petitions(vote.getFinalists());
        var recused = recused(member, petitions.values(), roundsOf(vote.getCycleId()));
        var publicKeys = new TreeMap<Long, String>();
        var voteKeys = new TreeMap<Long, String>();
        String approvalKey = null;
        boolean present = vote.isPresent(member.getId());
        if (vote.isOpen() && present) {
            var all = keys.keys(voteId);
            all.forEach((id, key) -> voteKeys.put(id, key.getPublicKey()));
            petitions.keySet().stream().filter(id -> !recused.contains(id))
                    .forEach(id -> publicKeys.put(id, all.get(id).getPublicKey()));
            if (vote.getMode() == VoteMode.APPROVAL) {
                approvalKey = all.get(VoteKey.APPROVAL).getPublicKey();
            }
        }
        return new MyVote(vote, petitions.values().stream().map(PetitionSummary::of).toList(), recused, present,
                issued(voteId, member.getAccountId()), publicKeys, approvalKey, voteKeys);
    }

    /**
     * R12.15 Signs the caller's blinded tokens of a vote, while it is open, once, for a member registered present: one
     * for every finalist they are not recused from (R12.12), and in "for up to P" mode exactly P under the vote's
     * approval key (R12.17); records only that the account was issued the vote's credentials. Returns the blind
     * signatures by finalist and the approval ones in the order asked.
     */
    @RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
    public VoteSignatures issue(long voteId, @NotNull Map<Long, byte[]> blinded, @NotNull List<byte[]> approvals) {
        var vote = vote(voteId);
        if (!vote.isOpen()) {
            throw new BusinessException("vote.error.notOpen");
        }
        var member = council.requireCallerSeat(vote.getCycleId());
        if (!vote.isPresent(member.getId())) {
            throw new BusinessException("vote.error.notPresent");
        }
        var petitions = petitions(vote.getFinalists());
        var eligible = new HashSet<>(petitions.keySet());
        eligible.removeAll(recused(member, petitions.values(), roundsOf(vote.getCycleId())));
        int expectedApprovals = vote.getMode() == VoteMode.APPROVAL ? vote.getSeats() : 0;
        if (!blinded.keySet().equals(eligible) || approvals.size() != expectedApprovals) {
            throw new BusinessException("credential.error.petitions");
        }
        if (issued(voteId, member.getAccountId())) {
            throw new BusinessException("credential.error.issued");
        }
        var all = keys.keys(voteId);
        em.persist(new VoteCredentialIssue(voteId, member.getAccountId()));
        em.flush();
        try {
            var signatures = new HashMap<Long, byte[]>();
            for (var finalist : eligible) {
                signatures.put(finalist, BlindRsa.blindSign(BlindRsa.privateKey(all.get(finalist).getPrivateKey()),
                        blinded.get(finalist)));
            }
            var approvalSignatures = new ArrayList<byte[]>();
            if (!approvals.isEmpty()) {
                var key = BlindRsa.privateKey(all.get(VoteKey.APPROVAL).getPrivateKey());
                for (var message : approvals) {
                    approvalSignatures.add(BlindRsa.blindSign(key, message));
                }
            }
            return new VoteSignatures(signatures, approvalSignatures);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("credential.error.message");
        }
    }

    /** R12.15 The secretariat's totals of a vote: members present, members issued credentials, ballots cast. */
    @RolesAllowed(Role.Names.ADMIN)
    public VoteTotals totals(long voteId) {
        var vote = vote(voteId);
        long issued = em.createNamedQuery(VoteCredentialIssue.COUNT_BY_VOTE, Long.class)
                .setParameter("voteId", voteId)
                .getSingleResult();
        long ballots = em.createQuery("SELECT COUNT(b) FROM VoteCast b WHERE b.id.voteId = :voteId", Long.class)
                .setParameter("voteId", voteId)
                .getSingleResult();
        return new VoteTotals(vote.getPresent().size(), issued, ballots);
    }

    /** R8.7 A member registered present at a final vote of the cycle keeps their seat on its council. */
    @RolesAllowed(Role.Names.ADMIN)
    public void keepSeatOfPresent(@Observes SeatDismissal dismissal) {
        long present = em.createQuery("SELECT COUNT(v) FROM FinalVote v JOIN v.present p WHERE p = :memberId",
                        Long.class)
                .setParameter("memberId", dismissal.memberId())
                .getSingleResult();
        if (present > 0) {
            throw new BusinessException("council.error.hasBallots");
        }
    }

    /**
     * R12.13 The bulletin board of a closed vote, for its council and the confidants: every ballot by its receipt's
     * hash, with its choices by registration number (no names).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public List<VoteBoardEntry> board(long voteId) {
        var vote = vote(voteId);
        if (!vote.isClosed()) {
            throw new BusinessException("vote.error.notClosed");
        }
        council.requireReader(vote.getCycleId(), Role.ADMIN, Role.COUNCIL);
        var numbers = new HashMap<Long, String>();
        petitions(vote.getFinalists()).forEach((id, petition) -> numbers.put(id, petition.getRegistrationNumber()));
        return em.createNamedQuery(VoteCast.FIND_BY_VOTE, VoteCast.class)
                .setParameter("voteId", voteId)
                .getResultStream()
                .map(ballot -> new VoteBoardEntry(ballot.getReceiptHash(),
                        Map.of(numbers.get(ballot.getNominationId()), ballot.getChoice()),
                        ballot.getApprovalReceipt()))
                .toList();
    }

    /**
     * R12.13 Whether the caller may know the cycle's result and nominees: the secretariat and the Councils' recorders
     * may, a co-chair for their own council's cycle only.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public boolean isConfidant(long cycleId) {
        var account = accounts.current().orElseThrow(() -> new BusinessException("general.error.notFound"));
        return account.has(Role.ADMIN) || account.has(Role.COUNCIL) || council.callerSeat(cycleId).isPresent();
    }

    private boolean issued(long voteId, long accountId) {
        return em.find(VoteCredentialIssue.class, new VoteCredentialIssue.Key(voteId, accountId)) != null;
    }

    /** The rounds of the cycle: a member who declared a conflict in one of them is recused at its final vote too. */
    private List<Long> roundsOf(long cycleId) {
        return em.createNamedQuery(ScoringRound.FIND_BY_CYCLE, ScoringRound.class)
                .setParameter("cycleId", cycleId)
                .getResultStream()
                .map(ScoringRound::getId)
                .toList();
    }

    /** R12.12 The finalists a member may not vote on: their own organisation's, those they declared a conflict on. */
    private Set<Long> recused(CouncilMember member, Collection<Nomination> petitions, List<Long> rounds) {
        var organisations = new HashMap<Long, Long>();
        petitions.forEach(petition -> organisations.put(petition.getId(), petition.getOrganisation().getId()));
        return new HashSet<>(council.recusalsInRounds(member, rounds, organisations).keySet());
    }

    private List<Long> publishedCandidates(long cycleId) {
        var ids = new ArrayList<Long>();
        for (long roundId : roundsOf(cycleId)) {
            em.createNamedQuery(CandidateList.FIND_BY_ROUND, CandidateList.class)
                    .setParameter("roundId", roundId)
                    .getResultStream()
                    .filter(list -> list.getStatus() == CandidateListStatus.PUBLISHED)
                    .forEach(list -> ids.addAll(list.getNominationIds()));
        }
        return ids;
    }

    private Map<Long, Nomination> petitions(Collection<Long> ids) {
        var petitions = new TreeMap<String, Nomination>();
        em.createQuery("SELECT n FROM Nomination n WHERE n.id IN :ids", Nomination.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(petition -> petitions.put(petition.getRegistrationNumber(), petition));
        var byId = new LinkedHashMap<Long, Nomination>();
        petitions.values().forEach(petition -> byId.put(petition.getId(), petition));
        return byId;
    }

    private static List<PetitionSummary> summaries(List<Long> ids, Map<Long, Nomination> petitions) {
        return ids.stream().map(id -> PetitionSummary.of(petitions.get(id))).toList();
    }

    private FinalVote vote(long voteId) {
        var vote = em.find(FinalVote.class, voteId);
        if (vote == null) {
            throw new BusinessException("general.error.notFound");
        }
        return vote;
    }
}
