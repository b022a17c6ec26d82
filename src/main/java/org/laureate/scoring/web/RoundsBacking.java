package org.laureate.scoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.entity.ScoringRound;

/** A member's scoring rounds: the rounds of the councils they sit on, each with its window and where it stands. */
@Named
@RequestScoped
public class RoundsBacking {

    /** Where a round stands now. */
    public enum Stage {
        UPCOMING,
        OPEN,
        CLOSED
    }

    @Inject
    ScoringService scoring;

    @Inject
    Clock clock;

    private List<ScoringRound> rounds;
    private Instant now;

    @PostConstruct
    void load() {
        now = clock.instant();
        rounds = scoring.myRounds();
    }

    public Stage stage(ScoringRound round) {
        if (round.isClosedAt(now)) {
            return Stage.CLOSED;
        }
        return round.isOpenAt(now) ? Stage.OPEN : Stage.UPCOMING;
    }

    public List<ScoringRound> getRounds() {
        return rounds;
    }
}
