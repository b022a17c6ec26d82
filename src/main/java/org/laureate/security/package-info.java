/**
 * Sign-in, accounts and roles. Jakarta Security checks the password (a PBKDF2 hash) against the account table; web.xml
 * guards every protected folder of pages with its role; each boundary method names the roles that may call it.
 *
 * <p>Boundary: {@link org.laureate.security.boundary.AccountService} opens accounts, assigns roles, enables and
 * disables accounts, and finds the caller's own account.
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
 *   <li>R3.7 The secretariat replaces a forgotten password; an Expert Council member's secret then no longer opens,
 *       so a new one is issued at the next sign-in (see the scoring feature's R9.11).</li>
 * </ul>
 */
package org.laureate.security;
