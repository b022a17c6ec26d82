/**
 * The Expert Council's anonymous scoring: the scoring rounds of a cycle, the members' secret ballots cast with
 * anonymous credentials (RFC 9474 blind RSA), the bulletin board, the tallies and the list of candidates. The design
 * and its limits: {@code docs/anonymous-scoring.md}. Who sits on the council and from which petitions a member is
 * recused is the council's ({@code org.laureate.council}), asked through its boundary.
 *
 * <p>Boundaries: {@link org.laureate.scoring.boundary.RoundService} (the secretariat opens, weighs and closes
 * rounds, follows totals), {@link org.laureate.scoring.boundary.ScoringService} (a member's sheet, a petition,
 * conflicts), {@link org.laureate.scoring.boundary.CredentialService} (issues a member's credentials of a round),
 * {@link org.laureate.scoring.boundary.BallotBox} (casts, re-casts and withdraws ballots, anonymously, over
 * {@link org.laureate.scoring.api.BallotServlet}), {@link org.laureate.scoring.boundary.ResultsService} (a closed
 * round's board and results), {@link org.laureate.scoring.boundary.CandidateService} (propose, confirm, publish the
 * candidates),
 * {@link org.laureate.vote.boundary.VoteService} (the final vote, its credentials, its result and the nominees) and
 * {@link org.laureate.vote.boundary.VoteBox} (casts, re-casts and withdraws the final vote's ballots, anonymously).
 *
 * <p>Rules:
 * <ul>
 *   <li>R7.1–R7.8 The tally: see {@link org.laureate.scoring.control.Tally}.</li>
 *   <li>R8.2 A round opens before it closes, on a scale of at least two points, its weights none negative and one
 *       positive.</li>
 *   <li>R8.3 A round is open from its opening instant, inclusive, to its closing instant, exclusive.</li>
 *   <li>R8.4 Weights and rule change only before the round opens.</li>
 *   <li>R8.5 The secretariat may close an open round early.</li>
 *   <li>R8.6 A cast ballot has a score on the scale for every criterion of positive weight.</li>
 *   <li>R8.8 A round is opened on the cycle's admitted petitions once its call has closed; opening it takes the cycle
 *       to the expert review, publishing a list of candidates to their public discussion.</li>
 *   <li>R8.9 The rounds of one cycle do not overlap in time, unless the secretariat gives its reason, which the audit
 *       trail records.</li>
 *   <li>R9.1 A ballot names no member nor account, carries no time nor pseudonym, and has a random id.</li>
 *   <li>R9.2 A ballot is cast or replaced while the round is open, without a session, with its credential.</li>
 *   <li>R9.3 The server records that an account was issued a round's credentials, once, and nothing of what it
 *       cast.</li>
 *   <li>R9.8 A ballot's receipt is the SHA-256 of its credential's token, which only the member's browser holds.</li>
 *   <li>R9.9 A member is recused from the petitions of their own organisation and gets no credential for them;
 *       R9.10 and from those on which they declare a conflict, with a reason, before the round closes (no credential
 *       when declared before issuance; after it, the member's browser withdraws the ballot).</li>
 *   <li>R9.12 The secretariat sees a round's totals: members, members issued credentials, ballots cast.</li>
 *   <li>R9.13 A member sees the rounds of the councils they sit on.</li>
 *   <li>R9.14 Drafts and private notes stay in the member's browser.</li>
 *   <li>R9.15 One ballot per credential, one credential per member and petition: casting again replaces it, a second
 *       issuance is refused; a token signed for two petitions (a client chooses its tokens) counts on the first it
 *       is cast on, and is refused on the other.</li>
 *   <li>R9.16 The audit records casts as counts per round and day, never one entry per ballot; no log line per
 *       cast.</li>
 *   <li>R9.17 Credentials are issued and ballots cast only while the round is open.</li>
 *   <li>R9.18 Nothing of a round's ballots is shown before it closes.</li>
 *   <li>R9.19 The board lists the cast ballots by receipt, in the order of the receipts, with their scores.</li>
 *   <li>R9.20 A petition with fewer than k ballots (the cycle's setting) shows nothing: no figures, no count, no
 *       ballot on the board or its CSV.</li>
 *   <li>R9.21 A member reads the board and results of their own council only; the secretariat reads all.</li>
 *   <li>R9.22–R9.24 Keys, blind signatures and their verification: see
 *       {@link org.laureate.platform.BlindRsa}.</li>
 *   <li>R9.25 A member's credentials are issued all at once, for exactly the petitions they may score.</li>
 *   <li>R9.26 While a round is open, each co-chair of its council sees every security event of the council's
 *       members' accounts since the round opened (a password link mailed or used, a password changed, a second factor
 *       enrolled or reset, failed sign-ins and locks) and which members have obtained the round's credentials:
 *       whoever took over a member's account to cast in their name leaves a trace the co-chairs see while it still
 *       matters. Nothing of what anyone cast.</li>
 *   <li>R9.27 Ballots cast at the same moment are written together, in a random order, in a transaction that holds
 *       ballots and nothing else; a cast is answered once its ballot is stored, and a ballot the round refuses (closed
 *       meanwhile) is refused alone.</li>
 *   <li>R9.28 The private keys of the secret ballots (the rounds' and the final vote's) are stored sealed under a key
 *       the server is given at start-up ({@code LAUREATE_KEY_SEAL}) and that is never in the database: a dump or a
 *       backup holds no key it can sign with.</li>
 *   <li>R9.29 A round's private keys are destroyed when it closes (at once when the secretariat closes it, within a
 *       minute when its closing instant passes), a final vote's when it is closed; the public keys stay, so that
 *       the ballots can be checked and recounted.</li>
 *   <li>R9.30 Every member is given the same keys: the score sheet (and the final vote's page) shows the fingerprint
 *       of all the round's (the vote's) public keys, computed by the member's browser from the keys it was given, for
 *       members to compare, and the browser obtains no credential under a key that is not among them.</li>
 *   <li>R10.1 The secretariat proposes the candidates from a closed round, each with at least k ballots; R10.2 a new
 *       proposal replaces an unpublished one; R10.3 each co-chair confirms it once for their country; R10.4 a list
 *       confirmed by both is published; R10.5 the public reads the published lists; R10.6 and comments on their
 *       candidates only; R10.7 before publication a list is read by the secretariat and the round's council only.</li>
 * </ul>
 */
package org.laureate.scoring;



