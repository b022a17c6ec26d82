package org.laureate.dashboard.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.Milestone;
import org.laureate.dashboard.boundary.Todo.Party;
import org.laureate.dashboard.boundary.Todo.TodoKind;
import org.laureate.decision.boundary.ResolutionService;
import org.laureate.nomination.boundary.PetitionRegistryService;
import org.laureate.nomination.boundary.RegistryFilter;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.notification.boundary.Outbox;
import org.laureate.platform.Country;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.scoring.boundary.CandidateService;
import org.laureate.scoring.boundary.RoundService;
import org.laureate.scoring.entity.CandidateListStatus;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Role;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.entity.FinalVote;
import org.laureate.vote.entity.VoteStatus;

/**
 * R15.1 What waits, across the cycles, and on whom, read through the other features' boundaries: petitions that the
 * ministries have not decided, an open round's progress and its closing time, a closed round without candidates,
 * candidates that one or both co-chairs have not confirmed or that wait for publication, a final vote ready to open or
 * open, a resolution awaited, laureates recorded and not yet published, mails given up; each with the page where it is
 * done.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class TodoService {

    /** The phases in which a petition may still wait for its ministry: the call, its review, the council's. */
    private static final Set<CyclePhase> CHECKING = EnumSet.range(CyclePhase.CALL_OPEN, CyclePhase.EXPERT_REVIEW);

    /** The phases in which the Expert Council scores, chooses candidates and votes. */
    private static final Set<CyclePhase> COUNCIL_AT_WORK = EnumSet.range(CyclePhase.CALL_CLOSED, CyclePhase.PROPOSAL);

    @Inject
    CycleService cycles;

    @Inject
    PetitionRegistryService registry;

    @Inject
    RoundService rounds;

    @Inject
    CandidateService candidates;

    @Inject
    VoteService votes;

    @Inject
    ResolutionService resolutions;

    @Inject
    LaureateService laureates;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Everything that waits, the latest cycle first, in the order of its steps; then the mails. */
    public List<Todo> todo() {
        var now = clock.instant();
        var items = new ArrayList<Todo>();
        var recorded = new LinkedHashMap<Long, Long>();
        laureates.recorded().forEach(award -> recorded.merge(award.getCycleId(), 1L, Long::sum));
        for (var cycle : cycles.announced()) {
            if (CHECKING.contains(cycle.getPhase())) {
                petitions(cycle, items);
            }
            if (COUNCIL_AT_WORK.contains(cycle.getPhase())) {
                rounds(cycle, now, items);
                votes(cycle, items);
            }
            if (cycle.getPhase() == CyclePhase.PROPOSAL) {
                resolutions(cycle, items);
            }
            long awards = recorded.getOrDefault(cycle.getId(), 0L);
            if (awards > 0) {
                items.add(new Todo(TodoKind.LAUREATES_TO_PUBLISH, cycle.getName(), List.of(awards), Party.SECRETARIAT,
                        null, "/publication/admin/laureates.xhtml"));
            }
        }
        int mails = outbox.givenUp().size();
        if (mails > 0) {
            items.add(new Todo(TodoKind.MAILS_FAILED, null, List.of(mails), Party.SECRETARIAT, null,
                    "/notification/admin/outbox.xhtml"));
        }
        return items;
    }

    private void petitions(AwardCycle cycle, List<Todo> items) {
        var filter = new RegistryFilter();
        filter.setCycleId(cycle.getId());
        filter.setStatus(NominationStatus.SUBMITTED);
        Map<Country, Long> byCountry = new LinkedHashMap<>();
        registry.countByCountryAndArtField(filter)
                .forEach(count -> byCountry.merge(count.country(), count.count(), Long::sum));
        byCountry.forEach((country, count) -> items.add(new Todo(TodoKind.PETITIONS_TO_CHECK, cycle.getName(),
                List.of(count), country == Country.BY ? Party.MINISTRY_BY : Party.MINISTRY_RU, cycle.getCallClosesAt(),
                "/nomination/admin/petitions.xhtml?cycle=" + cycle.getId() + "&country=" + country
                        + "&status=" + NominationStatus.SUBMITTED)));
    }

    private void rounds(AwardCycle cycle, Instant now, List<Todo> items) {
        for (ScoringRound round : rounds.rounds(cycle.getId())) {
            var results = "/scoring/council/results.xhtml?round=" + round.getId();
            if (round.isOpenAt(now)) {
                var totals = rounds.totals(round.getId());
                items.add(new Todo(TodoKind.ROUND_OPEN, cycle.getName(),
                        List.of(round.getTitle(), totals.issued(), totals.members(), totals.ballots()),
                        Party.EXPERT_COUNCIL, round.getClosesAt(),
                        "/scoring/admin/rounds.xhtml?cycle=" + cycle.getId()));
            } else if (round.isClosedAt(now)) {
                var list = candidates.ofRound(round.getId());
                if (list.isEmpty()) {
                    items.add(new Todo(TodoKind.CANDIDATES_TO_PROPOSE, cycle.getName(), List.of(round.getTitle()),
                            Party.SECRETARIAT, null, results));
                } else if (list.get().getStatus() == CandidateListStatus.PROPOSED) {
                    boolean by = list.get().awaits(Country.BY);
                    boolean ru = list.get().awaits(Country.RU);
                    var party = by && ru ? Party.CO_CHAIRS : by ? Party.CO_CHAIR_BY : Party.CO_CHAIR_RU;
                    items.add(new Todo(TodoKind.CANDIDATES_TO_CONFIRM, cycle.getName(),
                            List.of(round.getTitle(), by && ru ? 0 : 1), party, null, results));
                } else if (list.get().getStatus() == CandidateListStatus.CONFIRMED) {
                    items.add(new Todo(TodoKind.CANDIDATES_TO_PUBLISH, cycle.getName(), List.of(round.getTitle()),
                            Party.SECRETARIAT, null, results));
                }
            }
        }
    }

    private void votes(AwardCycle cycle, List<Todo> items) {
        var page = "/scoring/admin/votes.xhtml?cycle=" + cycle.getId();
        for (FinalVote vote : votes.votes(cycle.getId())) {
            if (vote.getStatus() == VoteStatus.PREPARED) {
                items.add(new Todo(TodoKind.VOTE_TO_OPEN, cycle.getName(),
                        List.of(vote.getFinalists().size(), vote.getPresent().size()), Party.SECRETARIAT,
                        vote.getHeldOn().atStartOfDay(AwardCycle.CAPITALS).toInstant(), page));
            } else if (vote.getStatus() == VoteStatus.OPEN) {
                items.add(new Todo(TodoKind.VOTE_OPEN, cycle.getName(), List.of(vote.getPresent().size()),
                        Party.EXPERT_COUNCIL, null, page));
            }
        }
    }

    private void resolutions(AwardCycle cycle, List<Todo> items) {
        var decisions = resolutions.decisions(cycle.getId());
        var page = "/decision/decisions.xhtml?cycle=" + cycle.getId();
        if (decisions.ministers().isEmpty()) {
            items.add(new Todo(TodoKind.MINISTERS_RESOLUTION, cycle.getName(), List.of(decisions.nominees().size()),
                    Party.COUNCIL_OF_MINISTERS, null, page));
        } else if (decisions.supreme().isEmpty()) {
            var meeting = cycle.getMilestones().get(Milestone.SUPREME_STATE_COUNCIL);
            items.add(new Todo(TodoKind.SUPREME_RESOLUTION, cycle.getName(),
                    List.of(decisions.ministers().get().getApproved().size()), Party.SUPREME_STATE_COUNCIL,
                    meeting == null ? null : meeting.atStartOfDay(AwardCycle.CAPITALS).toInstant(), page));
        }
    }
}
