/**
 * Nominating organisations of Belarus and Russia and their verification by the ministry of their country.
 *
 * <p>Boundary: {@link org.laureate.organisation.boundary.OrganisationService} registers an organisation with its first
 * user (anyone), lists and counts organisations, lets the ministry of an organisation's country verify or reject it,
 * gives an organisation account its own organisation ({@code mine()}; nominations check {@code mayNominate()}), and
 * lets the secretariat open further accounts of an organisation. Every change fires a
 * {@link org.laureate.platform.StateChange}; the registration and every decision a {@link org.laureate.platform.Notice}
 * to the organisation's contact.
 *
 * <p>Rules:
 * <ul>
 *   <li>R2.1 An organisation is PENDING until the ministry of its country verifies it; only a verified one
 *       nominates.</li>
 *   <li>R2.2 An organisation's name is kept as written: a Russian spelling and a Belarusian one, at least one of them.
 *       When only the Belarusian one is given it also stands as the Russian one, so that the Russian name, by which
 *       lists are sorted and mails addressed, is never empty.</li>
 *   <li>R2.3 Only a PENDING organisation is verified or rejected; a decision is not taken twice.</li>
 *   <li>R2.4 A rejection carries a reason, which the organisation reads on its dashboard and in its mail.</li>
 *   <li>R2.5 An organisation gives its registration number, address, contact person and email; the number has the form
 *       of its country: nine digits in Belarus (УНП), thirteen in Russia (ОГРН).</li>
 *   <li>R2.6 A ministry sees and decides only the organisations of its own country, as its account says; the
 *       secretariat sees those of both countries and decides none.</li>
 *   <li>R2.7 A registration whose username is taken stores nothing.</li>
 * </ul>
 */
package org.laureate.organisation;
