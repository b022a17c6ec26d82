package org.laureate.cycle.entity;

import java.time.LocalDate;

/**
 * One line of a cycle's calendar: a key of the resource bundles naming the event and its date (in the capitals'
 * time zone).
 */
public record CalendarEntry(String key, LocalDate date) {
}
