package org.laureate.cycle.entity;

/**
 * What the header of every page says of a cycle: its name and its phase, read as two columns rather than as the
 * whole cycle with its calendar and art fields.
 */
public record CycleHeading(String name, CyclePhase phase) {
}
