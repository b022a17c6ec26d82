package org.laureate.scoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** R9.22 Starts making a round's keys in the background once its opening has committed. */
@ApplicationScoped
public class KeyPreparation {

    @Inject
    PetitionKeys keys;

    void prepare(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoundOpened opened) {
        keys.prepare(opened.roundId());
    }
}
