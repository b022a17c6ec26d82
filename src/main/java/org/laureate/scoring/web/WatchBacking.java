package org.laureate.scoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.laureate.scoring.boundary.CouncilWatch;
import org.laureate.scoring.boundary.CouncilWatch.WatchedRound;

/** R9.26 The co-chair's watch over the accounts of their council's members while a round is open. */
@Named
@RequestScoped
public class WatchBacking {

    @Inject
    CouncilWatch watch;

    private List<WatchedRound> rounds;

    @PostConstruct
    void load() {
        rounds = watch.openRounds();
    }

    public List<WatchedRound> getRounds() {
        return rounds;
    }
}
