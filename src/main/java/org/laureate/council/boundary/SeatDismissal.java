package org.laureate.council.boundary;



/**
 * That the secretariat is removing a seat of a cycle's council, fired before it is removed: R8.7 a feature that knows
 * the member could have cast a ballot (issued credentials, registered present) refuses the removal by throwing.
 */
public record SeatDismissal(long memberId, long cycleId, long accountId) {
}
