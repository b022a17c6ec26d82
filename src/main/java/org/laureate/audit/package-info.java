/**
 * The audit trail: every change of state of a cycle, an organisation or a petition, with who made it, when, and the
 * state before and after, in an append-only log whose entries are chained by their hashes.
 *
 * <p>Boundary: {@link org.laureate.audit.boundary.AuditService} records each
 * {@link org.laureate.platform.StateChange} fired by another feature, pages through the log with filters, gives the
 * history of one subject (a petition's chain of custody) and verifies the chain. The command
 * {@link org.laureate.audit.command.AuditVerification} verifies a database's chain from outside the server, with the
 * same rules.
 *
 * <p>Rules:
 * <ul>
 *   <li>R5.1 A state change is recorded in the transaction that made it: committed together, or not at all.</li>
 *   <li>R5.2 An entry names its actor, the signed-in caller's username, or {@code system} when there is none, and the
 *       time from the server's clock, to the second (MariaDB reports itself to EclipseLink as MySQL 5.5, whose
 *       platform stores no fraction of a second; the hash covers the time as stored).</li>
 *   <li>R5.3 Entries are never changed or deleted. Each entry's hash is the SHA-256 (hex) of
 *       {@code previousHash|occurredAt|actor|subject|subjectId|action|before|after}, where {@code occurredAt} is the
 *       ISO-8601 UTC instant and an absent before or after is the empty text; the first entry's previous hash is 64
 *       zeros. Texts longer than their column are cut to it before hashing.</li>
 *   <li>R5.4 Entries are linked one after the other: concurrent transactions queue on the chain's head, so no two
 *       entries share a predecessor.</li>
 *   <li>R5.5 Verification walks the chain from the first entry and reports the first entry whose hash, or whose link
 *       to its predecessor, does not match.</li>
 *   <li>R5.6 Only the secretariat reads the log and verifies it; the newest entries come first.</li>
 *   <li>R5.7 An unattributed change (a ballot cast) names no actor: its entry says {@code -}, whoever made it.</li>
 *   <li>R5.8 Verification also holds the log's end against the chain's head, read in the same snapshot: the last
 *       entry's hash must be the one the head records. A log whose last entry is not the head ends before its
 *       recorded head (its last entries were deleted, or the head altered) and is reported with its last entry; an
 *       entry after the one the head records was appended without the head and is reported itself; an empty log
 *       holds only with the head at 64 zeros.</li>
 *   <li>R5.9 A petition's chain of custody is its entries (subject {@code Nomination}, its id), oldest first, from its
 *       drafting to its latest decision; only the secretariat reads it.</li>
 *   <li>R5.10 With a key given at start-up ({@code LAUREATE_AUDIT_ANCHOR_KEY}, never stored in the database), the
 *       chain is anchored outside the database: every minute in which it grew, its latest entry's number and hash are
 *       signed (HMAC-SHA256) and appended to a file ({@code LAUREATE_AUDIT_ANCHOR_FILE}) and to the server's log.
 *       Verification then also holds every anchor to its entry: an entry missing or carrying another hash means the
 *       log was rewritten, hashes and all; an anchor that is malformed or signed with another key means the anchors
 *       were tampered with. Without a key the page says that the chain is not anchored.</li>
 * </ul>
 */
package org.laureate.audit;
