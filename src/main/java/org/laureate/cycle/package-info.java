/**
 * The award cycle: its phases, its calendar and the rules that its later phases read.
 *
 * <p>Boundary: {@link org.laureate.cycle.boundary.CycleService} finds the current cycle and lists every cycle.
 *
 * <p>Rules:
 * <ul>
 *   <li>R1.1 The call of the cycle "Y–Y+1" opens on 1 October of Y-1 and closes at the end of 31 January of Y
 *       (Minsk and Moscow time); its works must have been made public by 1 March of Y-1.</li>
 *   <li>R1.2 The call is open from its opening instant, inclusive, to its closing instant, exclusive.</li>
 *   <li>R1.3 A cycle's phase moves only forward, one step at a time.</li>
 *   <li>R1.4 The current cycle is the latest announced one (any phase but DRAFT).</li>
 *   <li>R1.5 A cycle admits works of its art fields only (by default all seven).</li>
 * </ul>
 */
package org.laureate.cycle;
