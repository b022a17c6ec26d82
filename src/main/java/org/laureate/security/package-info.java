/**
 * Sign-in, accounts and roles. Jakarta Security signs a person in through one identity store
 * ({@link org.laureate.security.boundary.AccountIdentityStore}), which checks the password (a PBKDF2 hash) and, for the
 * roles that need it, a code of the second factor (TOTP, RFC 6238); web.xml guards every protected folder of pages
 * with its role; each boundary method names the roles that may call it.
 *
 * <p>Boundaries: {@link org.laureate.security.boundary.AccountService} opens accounts, assigns roles, enables and
 * disables accounts, resets a second factor, lets the holder change their password and finds the caller's own account
 * and its security events; {@link org.laureate.security.boundary.SignInService} runs the two steps of a sign-in;
 * {@link org.laureate.security.boundary.PasswordResetService} mails one-time links to choose a new password and sets
 * it through them.
 *
 * <p>Settings: {@code laureate.reset.hours} ({@code LAUREATE_RESET_HOURS}, 24), how long a reset link works;
 * {@code laureate.base.url} ({@code LAUREATE_BASE_URL}), the address in the links (unset: the request's).
 *
 * <p>Rules:
 * <ul>
 *   <li>R3.1 A ministry account speaks for exactly one country.</li>
 *   <li>R3.2 An organisation account speaks for exactly one organisation.</li>
 *   <li>R3.3 A co-chair of the Expert Council is also one of its members.</li>
 *   <li>R3.4 A failed sign-in does not reveal whether the account exists.</li>
 *   <li>R3.5 A username is unique; it is 3 to 60 lower-case letters, digits, dots, dashes or underscores.</li>
 *   <li>R3.6 An organisation that registers itself opens its first account alone; the secretariat opens the
 *       others.</li>
 *   <li>R3.7 The secretariat never sets, sees or learns an existing account's password: for a forgotten one it has a
 *       one-time link mailed to the holder (through the outbox, in their language). The link's token is random (256
 *       bits) and only its SHA-256 is stored; it expires ({@code laureate.reset.hours}), works once, and a newer link
 *       or a change of password withdraws it. The old password keeps working until the new one is set.</li>
 *   <li>R3.8 Every signed-in person changes their own password, giving their current one.</li>
 *   <li>R3.9 A new password has 10 to 200 characters, does not contain the username and is none of the commonest
 *       passwords (the list {@code common-passwords.txt}, whatever the case).</li>
 *   <li>R3.10 The roles EXPERT, EXPERT_CHAIR, ADMIN and COUNCIL sign in with a second factor (TOTP: HMAC-SHA1, six
 *       digits, thirty seconds): after the password, a code; the first time, the factor is enrolled (its secret shown
 *       as text, URI and QR code) with its first code. The container signs such a person in only once the code is
 *       accepted: a password alone never opens a session of those roles, so whatever is issued to a signed-in
 *       member is issued to a session that passed the second factor.</li>
 *   <li>R3.11 A code of the present time step or of one step either side is accepted, once: a code of a step that
 *       is not later than the last one accepted is refused. Five wrong codes ask for the password again.</li>
 *   <li>R3.12 The secretariat resets a second factor; the holder enrols a new one at the next sign-in.</li>
 *   <li>R3.13 Every reset link mailed, password set through a link or changed, second factor enrolled or reset is
 *       recorded in the audit log (subject {@code Account}, its id) and kept as an event of the account, shown to its
 *       holder on their account page and to the secretariat on the accounts page.</li>
 * </ul>
 */
package org.laureate.security;
