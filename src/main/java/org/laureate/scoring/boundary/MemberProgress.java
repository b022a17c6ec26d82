package org.laureate.scoring.boundary;

/** How far a member has got in a round: ballots cast, petitions recused from, petitions in all. */
public record MemberProgress(String fullName, boolean coChair, long cast, long recused, long total) {
}
