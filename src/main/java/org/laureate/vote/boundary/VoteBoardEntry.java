package org.laureate.vote.boundary;

import java.util.Map;
import org.laureate.vote.entity.Choice;

/**
 * A line of a closed final vote's bulletin board: a ballot by its receipt (the SHA-256 of its credential's token), its
 * choice by the finalist's registration number, and in "for up to P" mode the receipt of the approval credential spent
 * with it, so that anyone can check that no approval credential was spent twice.
 */
public record VoteBoardEntry(String receiptHash, Map<String, Choice> choices, String approvalReceipt) {
}
