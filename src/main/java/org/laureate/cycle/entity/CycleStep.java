package org.laureate.cycle.entity;

/**
 * A step of the cycle taken by the feature that owns it, and the phase the cycle reaches with it (R1.12): the later
 * features announce their steps, the cycle follows them.
 */
public enum CycleStep {
    /** The secretariat opened a scoring round of the Expert Council. */
    ROUND_OPENED(CyclePhase.EXPERT_REVIEW),
    /** The secretariat published a list of candidates for public discussion. */
    CANDIDATES_PUBLISHED(CyclePhase.CANDIDATES_PUBLISHED),
    /** The secretariat opened the Expert Council's final vote. */
    FINAL_VOTE_OPENED(CyclePhase.FINAL_VOTE),
    /** The final vote (and its run-offs) chose the nominees: the council's proposal goes to the Councils. */
    NOMINEES_CHOSEN(CyclePhase.PROPOSAL),
    /** The Council of Ministers' resolution was recorded. */
    MINISTERS_RESOLVED(CyclePhase.PROPOSAL),
    /** The Supreme State Council's resolution awarded the prizes. */
    PRIZES_AWARDED(CyclePhase.AWARDED),
    /** The secretariat published the laureates. */
    LAUREATES_PUBLISHED(CyclePhase.PUBLISHED);

    private final CyclePhase reached;

    CycleStep(CyclePhase reached) {
        this.reached = reached;
    }

    /** The phase the cycle is in once this step is taken. */
    public CyclePhase reached() {
        return reached;
    }
}
