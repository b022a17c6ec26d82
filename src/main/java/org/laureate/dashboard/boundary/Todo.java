package org.laureate.dashboard.boundary;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.laureate.cycle.entity.AwardCycle;

/**
 * One thing that waits, on the secretariat's dashboard: what it is, in which cycle, on whom it waits, until when, and
 * the page where it is done.
 *
 * @param kind      what waits; its text is the key {@code todo.<KIND>}, formatted with {@code args}
 * @param cycleName the cycle's name, or {@code null} for what belongs to no cycle (mails)
 * @param args      the text's arguments: counts, a round's title
 * @param waitingOn on whom it waits
 * @param due       until when, or {@code null}
 * @param page      the page's address inside the application, with its parameters: "/cycle/cycle.xhtml?id=4"
 */
public record Todo(TodoKind kind, String cycleName, List<Object> args, Party waitingOn, Instant due, String page) {

    public Todo {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(waitingOn);
        Objects.requireNonNull(page);
        args = List.copyOf(args);
    }

    /** Until when, in the capitals' time; {@code null} when nothing is due. */
    public ZonedDateTime getDueInCapitals() {
        return due == null ? null : due.atZone(AwardCycle.CAPITALS);
    }

    /** The text's arguments as an array, for the page's formatting. */
    public Object[] getArguments() {
        return args.toArray();
    }

    /** What waits. */
    public enum TodoKind {
        PETITIONS_TO_CHECK,
        ROUND_OPEN,
        CANDIDATES_TO_PROPOSE,
        CANDIDATES_TO_CONFIRM,
        CANDIDATES_TO_PUBLISH,
        VOTE_TO_OPEN,
        VOTE_OPEN,
        MINISTERS_RESOLUTION,
        SUPREME_RESOLUTION,
        LAUREATES_TO_PUBLISH,
        MAILS_FAILED
    }

    /** On whom it waits. */
    public enum Party {
        MINISTRY_BY,
        MINISTRY_RU,
        EXPERT_COUNCIL,
        CO_CHAIRS,
        CO_CHAIR_BY,
        CO_CHAIR_RU,
        SECRETARIAT,
        COUNCIL_OF_MINISTERS,
        SUPREME_STATE_COUNCIL
    }
}
