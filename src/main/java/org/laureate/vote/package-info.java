/**
 * The Expert Council's final vote at its last meeting: the secretariat puts finalists from the cycle's published list
 * of candidates to the vote, registers who is present, opens it with a quorum and closes it; each member present votes
 * by secret ballot with anonymous credentials (RFC 9474 blind RSA, as in the scoring rounds), under keys of the vote;
 * the count chooses the nominees, with run-offs among those tied at the boundary. The design and its limits:
 * {@code docs/anonymous-scoring.md}. Who sits on the council and who is recused is asked of the council's boundary;
 * the candidates, of scoring's entities. The later steps (the Councils' resolutions) read the nominees through
 * {@link org.laureate.vote.boundary.VoteService}.
 *
 * <p>Boundaries: {@link org.laureate.vote.boundary.VoteService} (the secretariat prepares, opens and closes a vote and
 * its run-offs; a member's view of a vote and their credentials; the result, the board and the nominees) and
 * {@link org.laureate.vote.boundary.VoteBox} (casts, re-casts and withdraws the final vote's ballots, anonymously,
 * over {@link org.laureate.vote.api.VoteBallotResource}).
 *
 * <p>Rules:
 * <ul>
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
 *       audited as counts per vote and day, as in scoring (R9.16), and written as the rounds' are (R9.27): those of
 *       the same moment together, in a random order, in a transaction holding ballots only. R12.17 In "for up to P"
 *       mode a ballot is FOR and spends an approval credential, each once, so that a member votes for P finalists at
 *       most.</li>
 *   <li>R12.7–R12.9 The count: see {@link org.laureate.vote.control.VoteCount}.</li>
 *   <li>R12.11 The nominees are the petitions chosen by the vote and its run-offs: see
 *       {@link org.laureate.vote.control.VoteChain}; R12.19 a cycle has one final vote (with its run-offs): preparing
 *       a second is refused, never a silent replacement of the first's nominees.</li>
 *   <li>R12.13 A closed vote's board lists its ballots by receipt with their choice by registration number and the
 *       approval credential's receipt; its result and nominees are read only by the secretariat, the council's
 *       co-chairs and the Councils' recorders, since the nominees stay confidential until the Supreme State Council's
 *       resolution.</li>
 *   <li>R12.18 Opening a final vote takes the cycle to the vote; closing the one that completes the nominees takes it
 *       to the proposal.</li>
 * </ul>
 */
package org.laureate.vote;




