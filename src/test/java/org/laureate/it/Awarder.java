package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.laureate.decision.boundary.LaureatesAwarded;

/** Test-side Supreme State Council: fires the award of a cycle's prizes in a transaction of its own. */
@Stateless
public class Awarder {

    @Inject
    Event<LaureatesAwarded> awarded;

    public void award(LaureatesAwarded event) {
        awarded.fire(event);
    }
}
