/**
 * The demo data that a newcomer sees on the embedded default database: the 2025–2026 cycle, organisations of both
 * countries and an account for every role. It writes the other features' entities directly, at start-up, before anyone
 * signs in.
 */
package org.laureate.demo;
