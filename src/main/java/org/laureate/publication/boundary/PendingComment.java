package org.laureate.publication.boundary;

import java.io.Serializable;
import org.laureate.publication.entity.PublicComment;

/** A comment awaiting moderation, with the candidate it is about, as the secretariat reads it. */
public record PendingComment(PublicComment comment, String registrationNumber, String workTitle)
        implements Serializable {
}
