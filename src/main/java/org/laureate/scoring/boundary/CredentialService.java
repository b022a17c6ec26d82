package org.laureate.scoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.laureate.council.boundary.CouncilService;
import org.laureate.council.entity.CouncilMember;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.entity.CredentialIssue;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Role;

/**
 * Issues a member their anonymous credentials of a round (RFC 9474 blind RSA): one for every petition they may score,
 * all at once, once. The server signs blinded tokens and never sees a token; what it records is that the member was
 * issued the round's credentials, which is their eligibility, not their choices.
 */
@Stateless
@RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
public class CredentialService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CouncilService council;

    @Inject
    PetitionKeys keys;

    /** The public keys of the petitions the caller may score in the round, and whether they were issued already. */
    public CredentialOffer offer(long roundId) {
        var round = round(roundId);
        var member = council.requireCallerSeat(round.getCycleId());
        var all = keys.keys(roundId);
        var publicKeys = new TreeMap<Long, String>();
        for (var petitionId : scorable(round, member)) {
            publicKeys.put(petitionId, all.get(petitionId).getPublicKey());
        }
        var roundKeys = new TreeMap<Long, String>();
        all.forEach((petitionId, key) -> roundKeys.put(petitionId, key.getPublicKey()));
        return new CredentialOffer(roundId, publicKeys, issued(roundId, member.getAccountId()), roundKeys);
    }

    /**
     * R9.25 Signs the caller's blinded tokens, one for each petition they may score (R9.9, R9.10: none for a petition
     * they are recused from), while the round is open, once per member and round (R9.15); returns the blind signatures
     * by petition.
     */
    public Map<Long, byte[]> issue(long roundId, @NotNull Map<Long, byte[]> blinded) {
        var round = round(roundId);
        if (!round.isOpenAt(clock.instant())) {
            throw new BusinessException("round.error.notOpen");
        }
        var member = council.requireCallerSeat(round.getCycleId());
        var scorable = scorable(round, member);
        if (!blinded.keySet().equals(new HashSet<>(scorable))) {
            throw new BusinessException("credential.error.petitions");
        }
        if (issued(roundId, member.getAccountId())) {
            throw new BusinessException("credential.error.issued");
        }
        var all = keys.keys(roundId);
        em.persist(new CredentialIssue(roundId, member.getAccountId()));
        em.flush();
        var signatures = new HashMap<Long, byte[]>();
        for (var petitionId : scorable) {
            if (all.get(petitionId).isDestroyed()) {
                throw new BusinessException("round.error.notOpen");
            }
            var key = BlindRsa.privateKey(all.get(petitionId).getPrivateKey());
            try {
                signatures.put(petitionId, BlindRsa.blindSign(key, blinded.get(petitionId)));
            } catch (IllegalArgumentException e) {
                throw new BusinessException("credential.error.message");
            }
        }
        return signatures;
    }

    private boolean issued(long roundId, long accountId) {
        return em.find(CredentialIssue.class, new CredentialIssue.Key(roundId, accountId)) != null;
    }

    /** The petitions of the round the member is not recused from, in the order of their ids. */
    private List<Long> scorable(ScoringRound round, CouncilMember member) {
        var organisations = new HashMap<Long, Long>();
        for (Object[] row : em.createQuery("SELECT n.id, n.organisation.id FROM Nomination n WHERE n.id IN :ids",
                Object[].class).setParameter("ids", round.getPetitionIds()).getResultList()) {
            organisations.put((Long) row[0], (Long) row[1]);
        }
        var recused = council.recusals(member, round.getId(), organisations).keySet();
        return round.getPetitionIds().stream()
                .sorted()
                .filter(id -> !recused.contains(id))
                .toList();
    }

    private ScoringRound round(long roundId) {
        var round = em.find(ScoringRound.class, roundId);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        return round;
    }
}
