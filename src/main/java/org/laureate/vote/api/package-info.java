/**
 * The final vote's secret ballot over HTTP for the member's browser: credentials issued to the member's session,
 * ballots cast without one. See {@link org.laureate.vote.api.VoteBallotResource}.
 */
package org.laureate.vote.api;


