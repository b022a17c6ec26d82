/**
 * Notifications by email: each {@link org.laureate.platform.Notice} fired by another feature becomes a mail in the
 * recipient's language, written to an outbox in the same transaction and sent through Jakarta Mail after the commit.
 *
 * <p>Boundaries: {@link org.laureate.notification.boundary.Outbox} writes the mails, delivers one at a time, lists the
 * given-up ones and resends them (the secretariat's page {@code /notification/admin/outbox.xhtml});
 * {@link org.laureate.notification.boundary.Postman} sends what is waiting after each commit and every 30 seconds.
 *
 * <p>Settings (MicroProfile Config, each overridden by its environment variable): {@code laureate.mail.host}
 * ({@code LAUREATE_MAIL_HOST}; unset: mails are written to the log), {@code laureate.mail.port} (25),
 * {@code laureate.mail.from}, {@code laureate.mail.user} and {@code laureate.mail.password} (unset: no
 * authentication), {@code laureate.mail.starttls} (false).
 *
 * <p>Rules:
 * <ul>
 *   <li>R6.1 A mail is written in the transaction that fired its notice: a rolled-back change sends nothing, a
 *       committed one loses nothing.</li>
 *   <li>R6.2 A mail is written in the recipient's language (Russian, Belarusian or English; Russian for any other):
 *       the subject {@code mail.<key>.subject} and the body {@code mail.<key>.body} of the bundle
 *       {@code org.laureate.i18n.messages}, formatted with the notice's arguments.</li>
 *   <li>R6.3 Mails are sent only after the commit, right after it and then, after a failure, again when due; each
 *       attempt is counted and the last error kept.</li>
 *   <li>R6.4 A mail is sent once: a sender locks it, and skips it when it was sent or tried meanwhile.</li>
 *   <li>R6.5 Without a configured SMTP host a mail is written to the log and counts as sent.</li>
 *   <li>R6.6 A failed mail waits before its next attempt, twice as long each time (30 s up to 6 h), and is given up
 *       after 12 attempts; only due mails are taken, oldest first, so mails that keep failing never starve the
 *       others.</li>
 *   <li>R6.7 The secretariat sees the given-up mails (recipient, subject, attempts, last error) and puts one back in
 *       the outbox, which is audited; it is sent right after.</li>
 *   <li>R6.8 Several servers share one outbox: each mail is claimed by one of them at a time (its row locked, the
 *       others skip it rather than wait), so every server's postman runs and each mail is still sent once.</li>
 * </ul>
 */
package org.laureate.notification;
