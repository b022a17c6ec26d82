/**
 * The Expert Council of a cycle: who sits on it (members and the two co-chairs, one from each country), the
 * organisation a member belongs to, and the conflicts of interest a member declares. The features in which the council
 * works (the scoring rounds, the final vote) ask here whether the caller sits on a cycle's council and from which
 * petitions a member is recused; the council knows nothing of rounds, ballots or votes.
 *
 * <p>Boundary: {@link org.laureate.council.boundary.CouncilService} (the secretariat composes the council; the caller's
 * seat, the one answer to "does the caller sit on this council"; recusals; a member's declared conflicts).
 *
 * <p>Rules:
 * <ul>
 *   <li>R8.1 A council seat needs the EXPERT role, a co-chair's EXPERT_CHAIR; at most one co-chair per country; nobody
 *       sits twice.</li>
 *   <li>R8.7 A member who was issued a round's credentials, or registered present at the final vote, stays on the
 *       council (the server never knows who cast a ballot, only who could): the features that know it refuse the
 *       removal when they observe its {@link org.laureate.council.boundary.SeatDismissal}.</li>
 *   <li>R9.9, R9.10, R12.12 Recusal from a petition, for the member's own organisation or a declared conflict: see
 *       {@link org.laureate.council.control.ConflictPolicy}.</li>
 * </ul>
 */
package org.laureate.council;
