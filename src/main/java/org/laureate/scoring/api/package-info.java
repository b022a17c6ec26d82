/**
 * The scoring rounds' secret ballot over HTTP for the member's browser: credentials issued to the member's session,
 * ballots cast without one. See {@link org.laureate.scoring.api.CredentialResource} and
 * {@link org.laureate.scoring.api.BallotServlet}.
 */
package org.laureate.scoring.api;
