package org.laureate.cycle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.AwardCycle;

/** The secretariat's list of every cycle, the latest first; past cycles stay readable. */
@Named
@RequestScoped
public class CyclesBacking {

    @Inject
    CycleService cycles;

    private List<AwardCycle> list;

    public List<AwardCycle> getList() {
        if (list == null) {
            list = cycles.all();
        }
        return list;
    }
}
