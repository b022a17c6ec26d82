package org.laureate.decision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.AwardCycle;

/** The announced cycles, the latest first, each leading to its decisions page: for the recorders and co-chairs. */
@Named
@RequestScoped
public class DecisionCyclesBacking {

    @Inject
    CycleService cycles;

    private List<AwardCycle> list;

    public List<AwardCycle> getList() {
        if (list == null) {
            list = cycles.announced();
        }
        return list;
    }
}
