package org.laureate.vote.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** R12.14 Starts making a final vote's keys in the background once its opening has committed. */
@ApplicationScoped
public class VoteKeyPreparation {

    @Inject
    VoteKeys keys;

    void prepare(@Observes(during = TransactionPhase.AFTER_SUCCESS) VoteOpened opened) {
        keys.prepare(opened.voteId());
    }
}
