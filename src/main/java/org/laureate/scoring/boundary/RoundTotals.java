package org.laureate.scoring.boundary;

/**
 * R9.12 How far a round has got, in totals only: members on the council, members issued the round's credentials,
 * ballots cast.
 */
public record RoundTotals(long members, long issued, long ballots) {
}
