package org.laureate.cycle.entity;

/** The dates of a cycle's calendar after the call: meetings, resolutions and the presentation. */
public enum Milestone {
    EXPERT_FIRST_MEETING,
    EXPERT_FINAL_MEETING,
    COUNCIL_OF_MINISTERS,
    SUPREME_STATE_COUNCIL,
    PRESENTATION
}
