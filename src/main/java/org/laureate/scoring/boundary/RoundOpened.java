package org.laureate.scoring.boundary;

/** That the secretariat opened a round: its petitions' keys are made in the background once this commits. */
public record RoundOpened(long roundId) {
}
