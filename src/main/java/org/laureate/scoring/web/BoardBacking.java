package org.laureate.scoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.boundary.BoardEntry;
import org.laureate.scoring.boundary.ResultsService;
import org.laureate.scoring.entity.Criterion;
import org.omnifaces.util.Faces;

/**
 * The bulletin board of a closed round: every cast ballot by the hash of its receipt, its petition and its scores,
 * with nothing about who cast it; also as CSV, from which anyone can recount the tally.
 */
@Named
@RequestScoped
public class BoardBacking {

    private static final String NOT_FOUND = "general.error.notFound";

    @Inject
    ResultsService results;

    private Long round;
    private List<BoardEntry> entries;
    private String refusal;

    /**
     * Loads the board of the round named by the view parameter; an open round shows nothing but why, in the page's
     * own language (a message added before the page is built would take the browser's). R9.21 A round that is not
     * there, or not of the caller's council, is "not found" (404), as on the results page.
     */
    public void load() {
        try {
            entries = results.board(round);
        } catch (BusinessException e) {
            if (NOT_FOUND.equals(e.getMessageKey())) {
                throw e;
            }
            refusal = e.getMessageKey();
        }
    }

    /** The board as CSV: receipt hash, registration number, one column per criterion (empty when not weighed). */
    public void download() throws IOException {
        var csv = new StringBuilder("receipt_hash,registration_number");
        for (Criterion criterion : Criterion.values()) {
            csv.append(',').append(criterion.name().toLowerCase(Locale.ROOT));
        }
        csv.append("\r\n");
        for (BoardEntry entry : results.board(round)) {
            csv.append(entry.receiptHash()).append(',').append(quoted(entry.registrationNumber()));
            for (Criterion criterion : Criterion.values()) {
                var score = entry.scores().get(criterion);
                csv.append(',').append(score == null ? "" : score.toString());
            }
            csv.append("\r\n");
        }
        Faces.sendFile(csv.toString().getBytes(StandardCharsets.UTF_8), "board-" + round + ".csv", true);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    public Criterion[] getCriteria() {
        return Criterion.values();
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public List<BoardEntry> getEntries() {
        return entries;
    }

    /** The key of the reason the board is not shown, if it is not. */
    public String getRefusal() {
        return refusal;
    }
}
