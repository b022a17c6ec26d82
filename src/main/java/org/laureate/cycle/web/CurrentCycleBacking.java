package org.laureate.cycle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.AwardCycle;

/** The current cycle and its phase, shown in the header of every page. */
@Named("currentCycle")
@RequestScoped
public class CurrentCycleBacking {

    @Inject
    CycleService cycles;

    private AwardCycle cycle;
    private boolean loaded;

    /** The current cycle, or {@code null} when none has been announced. */
    public AwardCycle getCycle() {
        if (!loaded) {
            cycle = cycles.current().orElse(null);
            loaded = true;
        }
        return cycle;
    }
}
