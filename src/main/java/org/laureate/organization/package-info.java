/**
 * Nominating organisations of Belarus and Russia and their verification by the ministry of their country.
 *
 * <p>Boundary: {@link org.laureate.organization.boundary.OrganisationService} lists organisations and counts them.
 *
 * <p>Rules:
 * <ul>
 *   <li>R2.1 An organisation is PENDING until the ministry of its country verifies it; only a verified one
 *       nominates.</li>
 *   <li>R2.2 An organisation's name is kept as written: a Russian spelling and an optional Belarusian one.</li>
 * </ul>
 */
package org.laureate.organization;
