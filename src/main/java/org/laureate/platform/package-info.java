/**
 * What every feature stands on: the data source and its migrations, the clock, business exceptions and how the pages
 * show them, the language of the interface, health checks; what lets several servers share the work (docs/cluster.md);
 * the blind RSA signatures of the anonymous credentials ({@link org.laureate.platform.BlindRsa},
 * {@link org.laureate.platform.SigningKey}) and the answers of the ballot endpoints
 * ({@link org.laureate.platform.web.BallotAnswers}), which the scoring rounds and the final vote share.
 *
 * <p>Rules:
 * <ul>
 *   <li>R20.1 A session can be taken over by another server of the cluster: the application is distributable, and
 *       everything a session holds (its beans, their fields, what those hold) is serializable.</li>
 *   <li>R20.2 A timer that every server runs does its work once across the cluster: each period is claimed by one
 *       server in the database ({@link org.laureate.platform.ScheduledRuns}); work made of rows (the outbox) is claimed
 *       row by row instead.</li>
 *   <li>R20.3 While the database cannot be reached, a request that needs it is answered at once: a page with 503
 *       "try again shortly" in the reader's language, the open data with a problem of status 503, both with
 *       {@code Retry-After} ({@link org.laureate.platform.web.DatabaseOutageFilter}); once the database is back, the
 *       server answers again by itself, without a restart.</li>
 *   <li>R20.4 A client's address is its connection's; {@code X-Forwarded-For} is believed only from the reverse
 *       proxies named in the settings ({@link org.laureate.platform.ClientAddress}).</li>
 * </ul>
 */
package org.laureate.platform;
