/**
 * Petitions (ходатайства): the nominees, the work and its materials, eligibility, submission, and the decisions of the
 * ministries.
 *
 * <p>Boundaries: {@link org.laureate.nomination.boundary.NominationService} (a nominating organisation's own petition),
 * {@link org.laureate.nomination.boundary.MaterialService} (reading a material),
 * {@link org.laureate.nomination.boundary.PetitionReviewService} (a ministry's review of its country's petitions),
 * {@link org.laureate.nomination.boundary.PetitionRegistryService} (the secretariat's registry of every petition).
 *
 * <p>Rules:
 * <ul>
 *   <li>R4.1 Only an organisation verified by the ministry of its country nominates.</li>
 *   <li>R4.2 A submitted petition is numbered "cycle/country/sequence", e.g. {@code 2025-2026/BY/007}.</li>
 *   <li>R4.3 A petition can be changed while it is a draft or returned, and after submission until the call
 *       closes.</li>
 *   <li>R4.4 Every author is a citizen of Belarus or of Russia; any other citizenship is refused.</li>
 *   <li>R4.5 A petition names one author or a collective no larger than the cycle allows (default 10).</li>
 *   <li>R4.6 A petition is submitted only while the call is open, by the server's clock.</li>
 *   <li>R4.7 A petition submitted again after a correction keeps its registration number.</li>
 *   <li>R4.8 An organisation may withdraw its petition, with a reason, until the ministry has decided.</li>
 *   <li>R4.9 The ministry of the petition's country admits a submitted petition to the Expert Council.</li>
 *   <li>R4.10 The ministry returns a submitted petition for correction, with a reason, only while the call is
 *       open.</li>
 *   <li>R4.11 The ministry rejects a submitted petition with a reason that the organisation sees.</li>
 *   <li>R4.12 A petition is submitted only with its authors, its work, its reasons and at least one material.</li>
 *   <li>R4.13 The work was made public on or before the cycle's cut-off date.</li>
 *   <li>R4.14 An upload is a PDF, JPEG or PNG by its content, at most 10 MB, at most 40 MB per petition.</li>
 *   <li>R4.15 A link to audio or video is an http or https address.</li>
 *   <li>R4.16 One petition per organisation per cycle; a withdrawn petition frees the organisation's place.</li>
 *   <li>R4.17 An organisation sees and changes only its own petitions.</li>
 *   <li>R4.18 A material is readable by its organisation, the ministry of its country after submission, the Expert
 *       Council once the petition is admitted, and the secretariat.</li>
 *   <li>R4.19 A change made on a petition as it was before someone else changed it is refused, never silently
 *       overwriting the other change.</li>
 * </ul>
 *
 * <p>Rules of the review and of the registry:
 * <ul>
 *   <li>R4.30 A ministry sees and decides only the submitted petitions of its own country, the country of its
 *       account; any other petition is "not found".</li>
 *   <li>R4.31 Every user of the petition's organisation is told of an admission, a return or a rejection.</li>
 *   <li>R4.32 The secretariat's registry holds every petition of every cycle except the drafts.</li>
 *   <li>R4.33 The registry's search finds a text, whatever its case, in the work's title or an author's name.</li>
 *   <li>R4.34 Exports are CSV (UTF-8 with a byte order mark, no cell read as a formula) and XLSX.</li>
 *   <li>R4.35 A save of a petition is written whole or not at all: a server that stops at any moment keeps every save
 *       it has answered "saved" to, and no part of one it has not.</li>
 * </ul>
 */
package org.laureate.nomination;
