/**
 * The first page after signing in, one per role: the secretariat sees what waits across the cycles and on whom, the
 * cycle's calendar and counts, an organisation its nominations, a ministry its country's organisations, an expert the
 * work assigned to them, the council the resolutions to record. It reads the other features' boundaries and owns no
 * data.
 *
 * <p>Boundary: {@link org.laureate.dashboard.boundary.TodoService} gathers what waits, for the secretariat.
 *
 * <p>Rules:
 * <ul>
 *   <li>R15.1 The secretariat's dashboard lists, across the announced cycles, what waits and on whom, each item with
 *       the page where it is done: petitions the ministry of each country has not decided, an open round's progress
 *       (credentials issued, ballots cast) and closing time, a closed round without candidates, candidates confirmed
 *       by neither or one co-chair, or by both and not yet published, a final vote ready to open or open, the Council
 *       of Ministers' or the Supreme State Council's resolution awaited, laureates recorded and not yet published,
 *       mails given up.</li>
 *   <li>R15.2 The header shows the cycle that concerns the viewer: to an Expert Council member the one they score
 *       (of an open round, else of their latest), to everyone else the current cycle.</li>
 * </ul>
 */
package org.laureate.dashboard;
