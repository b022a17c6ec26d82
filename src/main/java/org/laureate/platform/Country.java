package org.laureate.platform;

/** The two member states of the Union State; every author and every nominating organisation belongs to one of them. */
public enum Country {
    BY,
    RU
}
