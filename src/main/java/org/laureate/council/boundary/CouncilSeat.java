package org.laureate.council.boundary;

import java.io.Serializable;
import org.laureate.platform.Country;

/** A seat on a cycle's Expert Council as the secretariat sees it. */
public record CouncilSeat(long memberId, long accountId, String username, String fullName, boolean coChair,
        Country country, String organisation) implements Serializable {
}
