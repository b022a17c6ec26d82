/**
 * What every feature stands on: the data source and its migrations, the clock, business exceptions and how the pages
 * show them, the language of the interface, health checks.
 */
package org.laureate.platform;
