package org.laureate.security.entity;

/** The roles of the platform; everyone who has none is the anonymous public. */
public enum Role {
    /** The Standing Committee's secretariat: runs the cycle, keeps accounts, publishes. */
    ADMIN,
    /** A user of a nominating organisation. */
    ORGANISATION,
    /** A ministry of culture, of Belarus or of Russia. */
    MINISTRY,
    /** A member of the Expert Council. */
    EXPERT,
    /** A co-chair of the Expert Council. */
    EXPERT_CHAIR,
    /** Records the resolutions of the Council of Ministers and of the Supreme State Council. */
    COUNCIL;

    /**
     * R3.10 Whether an account holding this role signs in with a second factor: the roles that score, decide or run
     * the cycle.
     */
    public boolean needsSecondFactor() {
        return this == EXPERT || this == EXPERT_CHAIR || this == ADMIN || this == COUNCIL;
    }

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String ORGANISATION = "ORGANISATION";
        public static final String MINISTRY = "MINISTRY";
        public static final String EXPERT = "EXPERT";
        public static final String EXPERT_CHAIR = "EXPERT_CHAIR";
        public static final String COUNCIL = "COUNCIL";

        private Names() {
        }
    }
}
