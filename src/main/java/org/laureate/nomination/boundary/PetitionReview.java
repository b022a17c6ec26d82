package org.laureate.nomination.boundary;

import java.io.Serializable;
import java.util.List;
import org.laureate.nomination.control.EligibilityCheck;
import org.laureate.nomination.entity.Nomination;

/**
 * A petition as a reviewer reads it: the petition with its nominees and materials, and the outcome of every
 * eligibility rule, computed when it was read.
 */
public final class PetitionReview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Nomination nomination;
    private final List<EligibilityCheck> checks;

    public PetitionReview(Nomination nomination, List<EligibilityCheck> checks) {
        this.nomination = nomination;
        this.checks = List.copyOf(checks);
    }

    public Nomination getNomination() {
        return nomination;
    }

    public List<EligibilityCheck> getChecks() {
        return checks;
    }

    /** True when every eligibility rule holds. */
    public boolean isEligible() {
        return checks.stream().allMatch(EligibilityCheck::passed);
    }

    /** The checks that failed, in the order of the rules. */
    public List<EligibilityCheck> getFailures() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }
}
