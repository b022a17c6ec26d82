package org.laureate.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Comparator;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.CycleHeading;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Role;
import org.omnifaces.util.Faces;

/**
 * R15.2 The cycle the header shows, the one that concerns the viewer: to a member of the Expert Council the cycle they
 * score (of an open round, else of their latest round), to everyone else the current cycle. The role is asked of the
 * request, so that an anonymous reader's page opens no session.
 */
@Named
@RequestScoped
public class ViewerCycleBacking {

    @Inject
    CycleService cycles;

    @Inject
    ScoringService scoring;

    @Inject
    Clock clock;

    private CycleHeading cycle;
    private boolean loaded;

    /** The name and phase of the cycle that concerns the viewer, or {@code null} when none has been announced. */
    public CycleHeading getCycle() {
        if (!loaded) {
            cycle = choose();
            loaded = true;
        }
        return cycle;
    }

    private CycleHeading choose() {
        if (Faces.isUserInRole(Role.Names.EXPERT) || Faces.isUserInRole(Role.Names.EXPERT_CHAIR)) {
            var now = clock.instant();
            var scored = scoring.myRounds().stream()
                    .min(Comparator.comparing((ScoringRound round) -> !round.isOpenAt(now)))
                    .flatMap(round -> cycles.heading(round.getCycleId()));
            if (scored.isPresent()) {
                return scored.get();
            }
        }
        return cycles.currentHeading().orElse(null);
    }
}
