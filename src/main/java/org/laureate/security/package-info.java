/**
 * Sign-in, accounts and roles. Jakarta Security signs a person in through one identity store
 * ({@link org.laureate.security.boundary.AccountIdentityStore}), which checks the password (a PBKDF2 hash) and, for the
 * roles that need it, a code of the second factor (TOTP, RFC 6238); web.xml guards every protected folder of pages
 * with its role; each boundary method names the roles that may call it.
 *
 * <p>Boundaries: {@link org.laureate.security.boundary.AccountService} opens accounts (with no password: the holder
 * is mailed a link to set it), assigns roles, enables and disables accounts, resets a second factor, lets the holder
 * change their password and finds the caller's own account and its security events;
 * {@link org.laureate.security.boundary.SignInService} runs the two steps of a sign-in;
 * {@link org.laureate.security.boundary.PasswordResetService} mails one-time links to choose a password, the first
 * one or a new one, and sets it through them.
 *
 * <p>Settings: {@code laureate.reset.hours} ({@code LAUREATE_RESET_HOURS}, 24), how long a reset or confirmation
 * link works; {@code laureate.registrations.hourly} ({@code LAUREATE_REGISTRATIONS_HOURLY}, 10), the registrations
 * taken from one client address an hour;
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
 *   <li>R3.7 The secretariat never sets, sees or learns an account's password, a new account's included (R3.19):
 *       for a forgotten one it has a one-time link mailed to the holder (through the outbox, in their language).
 *       The link's token is random (256 bits) and only its SHA-256 is stored; it expires
 *       ({@code laureate.reset.hours}), works once, and a newer link or a change of password withdraws it. The old
 *       password keeps working until the new one is set.</li>
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
 *   <li>R3.13 Every link mailed (to set a first password or a new one), password set through a link or changed,
 *       second factor enrolled or reset is recorded in the audit log (subject {@code Account}, its id) and kept as
 *       an event of the account, shown to its holder on their account page and to the secretariat on the accounts
 *       page.</li>
 *   <li>R3.14 Failed sign-ins are throttled per account name and per client address, with their count kept in the
 *       database so that every server instance throttles alike: after 5 failures of a name in a row (100 of an
 *       address) each further failure makes the next attempt wait twice as long (5 s, 10 s, 20 s … at most a
 *       minute), and the 10th (the address's 150th) locks for 15 minutes. An attempt made while waiting is refused
 *       unchecked, is not counted and is told plainly, in the reader's language, how long to wait. A lock ends by
 *       itself, after which the count starts afresh, as it does an hour after the last failure; a completed sign-in
 *       (the code too, for the roles of R3.10) ends a name's count. Only failures count, wrong codes of the second
 *       factor included: each is logged, and each of an existing account is kept as its event (R3.13), as is the
 *       start of a lock. A name of no account is throttled alike (R3.4).</li>
 *   <li>R3.15 A username is normalised (NFKC, without invisible characters, in lower case) and compared exactly
 *       with the stored one, never by the database's collation; the principal, and so every audit actor, is the
 *       account's stored username, never the look-alike that was typed.</li>
 *   <li>R3.16 The session id is renewed at sign-in: the id of the session before it opens nothing.</li>
 *   <li>R3.17 The session cookie is sent {@code HttpOnly} and {@code SameSite=Lax} in its {@code Set-Cookie}
 *       header, before and after sign-in; no answer carries a {@code Server} or {@code X-Powered-By} banner.</li>
 *   <li>R3.18 The e-mail address an organisation gives when it registers itself is confirmed before anything else is
 *       mailed to it: the one mail sent is a one-time link (random token, only its SHA-256 kept, {@code
 *       laureate.reset.hours}) of fixed text, naming this server by {@code laureate.base.url} or its own address,
 *       never anything the registration typed; its page confirms by a button, not by being opened. Until then the
 *       ministry does not verify the organisation, its rejection is not mailed and no reset link is sent. At most 3
 *       links a day go to one e-mail address, and at most {@code laureate.registrations.hourly} (10) registrations
 *       an hour are taken from one client address, counted in the database.</li>
 *   <li>R3.19 A new account's first password is set by its holder through a mailed one-time link. The secretariat's
 *       form to open an account (and to add a user to an organisation) takes an e-mail address and no password; the
 *       account opens with none, so that nothing signs in to it, and a sign-in to it is refused as a wrong password
 *       is (R3.4). The holder is mailed, in the language the secretariat chose, a link as in R3.7 (random token, only
 *       its SHA-256 kept, {@code laureate.reset.hours}, once) whose mail says that the secretariat opened the account
 *       and how long the link works; the password set there passes R3.9, and the roles of R3.10 then enrol their
 *       second factor at the first sign-in. Until a password is set, the secretariat can send the link again, which
 *       withdraws the earlier one. The demo data and the tests' fixtures store accounts with known passwords
 *       directly, never through the secretariat's operations; an organisation that registers itself (R3.6) chooses
 *       its own password on the registration page.</li>
 *   <li>R3.20 The second factor's secret is stored sealed under the server's seal ({@code LAUREATE_KEY_SEAL}, R9.28),
 *       which is never in the database: a copy of the database and a guessed password still lack the code.</li>
 * </ul>
 */
package org.laureate.security;
