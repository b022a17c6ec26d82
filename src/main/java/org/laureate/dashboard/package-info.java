/**
 * The first page after signing in, one per role: the secretariat sees the cycle's calendar and counts, an organisation
 * its nominations, a ministry its country's organisations, an expert the work assigned to them, the council the
 * resolutions to record. It reads the other features' boundaries and owns no data.
 */
package org.laureate.dashboard;
