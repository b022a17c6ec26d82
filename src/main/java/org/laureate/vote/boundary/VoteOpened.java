package org.laureate.vote.boundary;



/** That the secretariat opened a final vote: its keys are made in the background once this commits. */
public record VoteOpened(long voteId) {
}
