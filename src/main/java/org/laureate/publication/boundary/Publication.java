package org.laureate.publication.boundary;

import java.time.Instant;

/**
 * One thing the platform has published, as the feed lists it.
 *
 * @param kind    what was published
 * @param key     a stable key of it, unique within its kind
 * @param cycle   the cycle's name
 * @param title   a short title (the work for an amendment, the round for a list of candidates)
 * @param updated when it was published
 */
public record Publication(Kind kind, String key, String cycle, String title, Instant updated) {

    /** The kinds of publication. */
    public enum Kind {
        LAUREATES,
        CANDIDATES,
        AMENDMENT
    }
}
