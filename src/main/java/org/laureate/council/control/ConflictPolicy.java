package org.laureate.council.control;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.laureate.council.entity.CouncilMember;
import org.laureate.council.entity.DeclaredConflict;
import org.laureate.council.entity.Recusal;

/**
 * Conflicts of interest. R9.9 A member is recused from the petitions of the organisation they belong to;
 * R9.10 and from every petition on which they declared a conflict in that round; R12.12 at the final vote, from every
 * petition on which they declared a conflict in any round of the cycle.
 */
public class ConflictPolicy {

    /** Why the member may not score the petition in the round, or nothing when they may. */
    public Optional<Recusal> recusal(CouncilMember member, long roundId, long nominationId,
            Long nominatingOrganisationId, Collection<DeclaredConflict> declared) {
        return recusal(member.getId(), member.getOrganisationId(), roundId, nominationId, nominatingOrganisationId,
                declared);
    }

    /** Why the member (by seat and organisation) may not score the petition, or nothing when they may. */
    public Optional<Recusal> recusal(Long memberId, Long memberOrganisationId, long roundId, long nominationId,
            Long nominatingOrganisationId, Collection<DeclaredConflict> declared) {
        return recusal(memberId, memberOrganisationId, nominationId, nominatingOrganisationId,
                declared.stream().filter(c -> c.getRoundId() == roundId).toList());
    }

    /**
     * Why the member (by seat and organisation) may not vote on the petition whatever the round, or nothing when they
     * may: the declarations given are those of every round that counts.
     */
    public Optional<Recusal> recusalInAnyRound(Long memberId, Long memberOrganisationId, long nominationId,
            Long nominatingOrganisationId, Collection<DeclaredConflict> declared) {
        return recusal(memberId, memberOrganisationId, nominationId, nominatingOrganisationId, declared);
    }

    private static Optional<Recusal> recusal(Long memberId, Long memberOrganisationId, long nominationId,
            Long nominatingOrganisationId, Collection<DeclaredConflict> declared) {
        if (memberOrganisationId != null && memberOrganisationId.equals(nominatingOrganisationId)) {
            return Optional.of(Recusal.ORGANISATION);
        }
        boolean conflict = declared.stream().anyMatch(c -> Objects.equals(c.getMemberId(), memberId)
                && c.getNominationId() == nominationId);
        return conflict ? Optional.of(Recusal.DECLARED) : Optional.empty();
    }
}
