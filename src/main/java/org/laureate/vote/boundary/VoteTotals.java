package org.laureate.vote.boundary;

import java.io.Serializable;

/** R12.15 What the secretariat follows of a vote: members present, members issued credentials, ballots cast. */
public record VoteTotals(int present, long issued, long ballots) implements Serializable {
}
