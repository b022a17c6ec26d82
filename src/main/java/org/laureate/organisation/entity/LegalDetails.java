package org.laureate.organisation.entity;

/**
 * How an organisation is registered and whom to write to: its state registration number (УНП in Belarus, ОГРН in
 * Russia), its address, its contact person and their email.
 *
 * @param legalNumber   the state registration number
 * @param address       the legal address
 * @param contactPerson the person who answers for the organisation's nominations
 * @param contactEmail  their email, where the ministry's decisions are sent
 */
public record LegalDetails(String legalNumber, String address, String contactPerson, String contactEmail) {
}
