/**
 * What the public reads: the published lists of candidates and the public discussion of them.
 *
 * <p>Boundary: {@link org.laureate.publication.boundary.CommentService} (anyone posts a comment on a published
 * candidate, the secretariat moderates the pending ones, each shown with its candidate, the public reads the approved
 * ones and their counts). Pages: {@code publication/candidates.xhtml} (public) and
 * {@code publication/admin/comments.xhtml} (the secretariat).
 *
 * <p>Rules:
 * <ul>
 *   <li>R11.1 A comment is shown only once the secretariat approves it; the sender's address is kept only as a hash
 *       keyed with a secret that changes at each start of the server.</li>
 *   <li>R11.2 A pending comment is approved or rejected once.</li>
 *   <li>R11.3 One address posts at most three comments an hour.</li>
 * </ul>
 */
package org.laureate.publication;
