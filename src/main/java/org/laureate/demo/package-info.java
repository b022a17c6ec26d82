/**
 * The demo data that a newcomer sees on the embedded default database: the 2025–2026 cycle, organisations of both
 * countries, an account for every role, and the 2025–2026 Expert Council with an open scoring round. It writes the
 * other features' entities directly, at start-up, before anyone signs in; the demo members' ballots carry receipts
 * made by the scoring feature's own {@code BlindRsa}, as if cast with credentials.
 */
package org.laureate.demo;
