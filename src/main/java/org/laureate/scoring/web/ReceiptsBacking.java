package org.laureate.scoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.laureate.scoring.entity.Criterion;

/**
 * A member's own receipts of a round. They are kept by the member's browser, which lists them: the server knows no
 * receipt of anyone.
 */
@Named
@RequestScoped
public class ReceiptsBacking {

    private Long round;

    public Criterion[] getCriteria() {
        return Criterion.values();
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }
}
