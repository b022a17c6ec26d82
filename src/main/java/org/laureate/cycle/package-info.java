/**
 * The award cycle: its phases, its calendar and the rules that its later phases read.
 *
 * <p>Boundary: {@link org.laureate.cycle.boundary.CycleService} finds the current cycle (everyone); for the secretariat
 * it lists every cycle, creates a draft, revises it while it is a draft, announces its call, closes its call early
 * or corrects its phase, each change firing a {@link org.laureate.platform.StateChange}; it follows the steps of the
 * later features and closes the calls that are due ({@link org.laureate.cycle.boundary.CallClosing}). The call's
 * instants are stored in UTC and entered and shown in the capitals' time (Europe/Moscow, UTC+3, which Minsk keeps
 * too).
 *
 * <p>Rules:
 * <ul>
 *   <li>R1.1 The call of the cycle "Y–Y+1" opens on 1 October of Y-1 and closes at the end of 31 January of Y
 *       (Minsk and Moscow time); its works must have been made public by 1 March of Y-1.</li>
 *   <li>R1.2 The call is open from its opening instant, inclusive, to its closing instant, exclusive.</li>
 *   <li>R1.3 A cycle's phase moves only forward, one step at a time; the secretariat moves it by hand only to
 *       announce the call and to close it.</li>
 *   <li>R1.4 The current cycle is the latest announced one (any phase but DRAFT).</li>
 *   <li>R1.5 A cycle admits works of its art fields only (by default all seven).</li>
 *   <li>R1.6 A cycle's terms hold together: its name is two consecutive years ("2027–2028", unique), its call opens
 *       before it closes, the publicity cut-off comes before the call opens, the quorum is at most the whole council,
 *       at least one art field is admitted.</li>
 *   <li>R1.7 The call opens only with a complete calendar: the Expert Council's first and final meetings and the
 *       Supreme State Council dated, every milestone after the call closes, the milestones in their order.</li>
 *   <li>R1.8 The call closes only once its closing instant has passed by the server's clock, unless the secretariat
 *       forces it with a reason that the audit trail records.</li>
 *   <li>R1.9 A cycle moves back, or forward outside its steps, only as a correction with a reason that the audit
 *       trail records.</li>
 *   <li>R1.10 Only a draft cycle's terms and calendar are changed.</li>
 *   <li>R1.11 The final vote's settings (vote for up to P petitions, or for / against / abstain on each; the majority
 *       of the members present or of the whole council) change only while the cycle is a draft.</li>
 *   <li>R1.12 After the call, the phase follows the steps the later features take ({@link
 *       org.laureate.cycle.entity.CycleStep}, announced by a {@link org.laureate.cycle.boundary.CycleStepTaken}
 *       event): opening a scoring round moves it to the expert review, publishing the candidates to their public
 *       discussion, opening the final vote to the vote, the nominees chosen or the Council of Ministers' resolution
 *       to the proposal, the Supreme State Council's resolution to the award, publishing the laureates to
 *       publication; never back, never out of an open call, each move in the audit trail.</li>
 *   <li>R1.13 The call closes at its closing instant by the server's clock, by a timer on every server; a
 *       conditional update of the cycle's row lets one firing win, so that the close is recorded once.</li>
 * </ul>
 */
package org.laureate.cycle;
