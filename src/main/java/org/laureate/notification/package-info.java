/**
 * Notifications by email: each {@link org.laureate.platform.Notice} fired by another feature becomes a mail in the
 * recipient's language, written to an outbox in the same transaction and sent through Jakarta Mail after the commit.
 *
 * <p>Boundaries: {@link org.laureate.notification.boundary.Outbox} writes the mails and delivers one at a time;
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
 *   <li>R6.3 Mails are sent only after the commit, right after it and then every 30 seconds until sent; each attempt
 *       is counted and the last error kept.</li>
 *   <li>R6.4 A mail is sent once: a sender locks it, and skips it when it was sent meanwhile.</li>
 *   <li>R6.5 Without a configured SMTP host a mail is written to the log and counts as sent.</li>
 * </ul>
 */
package org.laureate.notification;
