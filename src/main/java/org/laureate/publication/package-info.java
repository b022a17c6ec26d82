/**
 * What the public reads: the published lists of candidates and the public discussion of them; the laureates of every
 * cycle, the archive and the open data.
 *
 * <p>Boundaries: {@link org.laureate.publication.boundary.CommentService} (anyone posts a comment on a published
 * candidate, the secretariat moderates the pending ones, each shown with its candidate, the public reads the approved
 * ones and their counts; pages {@code publication/candidates.xhtml} and {@code publication/admin/comments.xhtml});
 * {@link org.laureate.publication.boundary.LaureateService} (records the laureates when the Supreme State Council's
 * resolution fires {@link org.laureate.decision.boundary.LaureatesAwarded}; the secretariat publishes and amends;
 * the public reads the current cycle, the archive, the cycles and the publications). The open data
 * ({@code org.laureate.publication.api}) serves JSON and CSV under {@code /api} and an Atom feed, described by OpenAPI
 * at {@code /openapi}.
 *
 * <p>Rules:
 * <ul>
 *   <li>R11.1 A comment is shown only once the secretariat approves it; the sender's address is kept only as a hash
 *       keyed with a secret that changes at each start of the server.</li>
 *   <li>R11.2 A pending comment is approved or rejected once.</li>
 *   <li>R11.3 One address posts at most three comments an hour.</li>
 *   <li>R14.1 The laureates are recorded from the Supreme State Council's resolution, in its transaction, and shown to
 *       nobody but the secretariat until published.</li>
 *   <li>R14.2 A second recording for a cycle replaces its recorded awards and never touches its published ones.</li>
 *   <li>R14.3 A published award is never edited: a correction is an amendment with its reason (field, value before and
 *       after, time, actor), applied and shown in the award's history.</li>
 *   <li>R14.4 The secretariat publishes a cycle's recorded awards together, once.</li>
 *   <li>R14.5 The pages, the JSON, the CSV and the feed show published awards only; the past cycles are loaded as
 *       published historical awards, without inventing what the sources do not give.</li>
 *   <li>R14.6 The public reads at most 100 laureates a page.</li>
 *   <li>R14.7 A published page (the laureates, the archive) and every answer of the open data is rendered once per
 *       address and language and served again from memory, with a validator (ETag, Last-Modified, 304) and
 *       {@code Cache-Control: public} for a reverse proxy, until something published changes: the server that changes
 *       it drops its copies at once, every other server within a second (each compares the database's fingerprint
 *       of the published data). A signed-in person never gets a copy, and their pages are never stored.</li>
 *   <li>R14.8 A public page (home, candidates, laureates, archive) opens no session for an anonymous reader: its view
 *       keeps no state, the language is a link, the archive's search is a GET form.</li>
 * </ul>
 */
package org.laureate.publication;

