/**
 * The decisions after the Expert Council's final vote: the Council of Ministers' resolution approving the nominees and
 * the Supreme State Council's resolution awarding the prizes, with the documents they need.
 *
 * <p>Boundary: {@link org.laureate.decision.boundary.ResolutionService} (a COUNCIL user records both resolutions; the
 * secretariat, the co-chairs and the recorders read where a cycle stands). The nominees come from the final vote's
 * boundary ({@code org.laureate.vote}); the Supreme State Council's resolution fires
 * {@link org.laureate.decision.boundary.LaureatesAwarded}, which publication observes to record the laureates.
 *
 * <p>Rules:
 * <ul>
 *   <li>R13.1 A resolution approves at least one nominee, each among those put to it: the Council of Ministers chooses
 *       among the final vote's nominees, the Supreme State Council among those the Council of Ministers approved.</li>
 *   <li>R13.2 The Supreme State Council's resolution needs the agreement of both member states.</li>
 *   <li>R13.3 A resolution's scan is a PDF, JPEG or PNG as its content says, of at most 20 MB.</li>
 *   <li>R13.4 Until the Supreme State Council's resolution is recorded, the nominees are known only to the
 *       secretariat, the co-chairs and the COUNCIL users; no other page, export or API names them.</li>
 *   <li>R13.5 Each body's resolution is recorded once per cycle; R13.6 the Supreme State Council's follows, and is not
 *       dated before, the Council of Ministers'.</li>
 *   <li>R13.7 The documents print a name in Russian, then its Belarusian spelling where one is given.</li>
 *   <li>R13.8 The Supreme State Council's resolution records its laureates for publication in its own transaction
 *       (the secretariat then publishes them).</li>
 *   <li>R13.9 The draft resolution lists the works the Supreme State Council awarded once it has resolved; before,
 *       the nominees the Council of Ministers approved; before that, all the nominees.</li>
 *   <li>R13.10 A resolution's form starts with no nominee ticked; a refused submission keeps the scan chosen and the
 *       nominees ticked, so that neither is asked for again.</li>
 * </ul>
 */
package org.laureate.decision;
