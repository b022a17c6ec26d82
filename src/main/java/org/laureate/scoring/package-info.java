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
 * {@link org.laureate.scoring.api.BallotResource}), {@link org.laureate.scoring.boundary.ResultsService} (a closed
 * round's board and results), {@link org.laureate.scoring.boundary.CandidateService} (propose, confirm, publish the
 * candidates),
 * {@link org.laureate.scoring.boundary.VoteService} (the final vote, its credentials, its result and the nominees) and
 * {@link org.laureate.scoring.boundary.VoteBox} (casts, re-casts and withdraws the final vote's ballots, anonymously).
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
 *       issuance is refused.</li>
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
 *   <li>R10.1 The secretariat proposes the candidates from a closed round, each with at least k ballots; R10.2 a new
 *       proposal replaces an unpublished one; R10.3 each co-chair confirms it once for their country; R10.4 a list
 *       confirmed by both is published; R10.5 the public reads the published lists; R10.6 and comments on their
 *       candidates only; R10.7 before publication a list is read by the secretariat and the round's council only.</li>
 *   <li>R12.1 A final vote puts at least one finalist to the council, for the cycle's number of prizes, by the cycle's
 *       voting settings; R12.10 its finalists are candidates of the cycle's published list.</li>
 *   <li>R12.2 Presence is registered before the vote opens; R12.3 the vote opens only with a quorum of the council
 *       (the cycle's setting, two thirds by default); R12.4 the secretariat closes it.</li>
 *   <li>R12.5 A final vote's ballot is on one finalist, cast with that finalist's anonymous credential while the vote
 *       is open, without a session; it names no member nor account, carries no time, id nor sequence, and its receipt
 *       is the SHA-256 of its credential's token. R12.6 One ballot per credential: casting again replaces it, and the
 *       member may withdraw it while the vote is open; an unspent credential is an abstention. R12.12 A member gets
 *       no credential for a finalist they are recused from: of their own organisation, or one they declared a
 *       conflict on in a round of the cycle.</li>
 *   <li>R12.14 A vote has its own keys (a run-off too): one per finalist and, in "for up to P" mode, one approval
 *       key. R12.15 A member registered present is issued a vote's credentials once, all at once, while it is open:
 *       one per finalist they may vote on and, in "for up to P" mode, exactly P approval credentials; the server
 *       records only (vote, account); the secretariat sees the totals (present, issued, ballots). R12.16 Casts are
 *       audited as counts per vote and day, as in scoring (R9.16). R12.17 In "for up to P" mode a ballot is FOR and
 *       spends an approval credential, each once, so that a member votes for P finalists at most.</li>
 *   <li>R12.7–R12.9 The count: see {@link org.laureate.scoring.control.VoteCount}.</li>
 *   <li>R12.11 The nominees are the petitions chosen by the latest vote and its run-offs; R12.19 a cycle has one
 *       final vote (with its run-offs): preparing a second is refused, never a silent replacement of the first's
 *       nominees.</li>
 *   <li>R12.13 A closed vote's board lists its ballots by receipt with their choice by registration number and the
 *       approval credential's receipt;
 *       its result and nominees are read only by the secretariat, the council's co-chairs and the Councils' recorders,
 *       since the nominees stay confidential until the Supreme State Council's resolution.</li>
 *   <li>R12.18 Opening a final vote takes the cycle to the vote; closing the one that completes the nominees takes it
 *       to the proposal.</li>
 * </ul>
 */
package org.laureate.scoring;

