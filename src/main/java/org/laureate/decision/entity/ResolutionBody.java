package org.laureate.decision.entity;

/** Who adopts a resolution on the prizes. */
public enum ResolutionBody {
    /** The Council of Ministers of the Union State: approves the Expert Council's proposal. */
    COUNCIL_OF_MINISTERS,
    /** The Supreme State Council: awards the prizes, with the agreement of both member states. */
    SUPREME_STATE_COUNCIL
}
