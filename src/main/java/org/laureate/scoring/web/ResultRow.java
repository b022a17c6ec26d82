package org.laureate.scoring.web;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.platform.web.MessageKeys;
import org.laureate.scoring.boundary.RoundResults;
import org.laureate.scoring.control.PetitionTally;

/**
 * A row of a closed round's results as the page shows it, its texts written once for the viewer's language: the
 * figures with two decimals, the rank, the nominees, the art field, the chart of its scores and that chart in words.
 * A row's cells then read one text each, instead of expressions on the tally, number converters and a number format
 * made anew for each bar of each chart.
 *
 * @param petition the petition
 * @param tally its figures
 * @param rank the rank, with "=" when shared; empty when the petition has too few ballots
 * @param tie the words for a shared rank; null when not shared
 * @param authors the nominees, in the viewer's language
 * @param artField the art field, in the viewer's language
 * @param ballots the number of ballots, or a dash when too few to publish
 * @param weightedMean the weighted mean with two decimals; null when too few ballots (so the next three)
 * @param median the median
 * @param trimmedMean the trimmed mean
 * @param standardDeviation the standard deviation
 * @param tooFew the words for too few ballots; null when enough
 * @param chartStyle the style that draws the chart of the scores: a bar for each point of the scale from its lowest,
 *     each a background layer of its own, as high as its count is against the row's largest count (ten elements a
 *     row, each with its own expressions, took a fifth of the page's time)
 * @param chartLabel what the chart shows, in words: each point of the scale and its count of ballots
 */
public record ResultRow(PetitionSummary petition, PetitionTally tally, String rank, String tie, String authors,
        String artField, String ballots, String weightedMean, String median, String trimmedMean,
        String standardDeviation, String tooFew, String chartStyle, String chartLabel) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rows of a page of results, written in the given language. */
    public static List<ResultRow> of(RoundResults shown, Locale locale, String language) {
        var figures = NumberFormat.getNumberInstance(locale);
        figures.setMinimumFractionDigits(2);
        figures.setMaximumFractionDigits(2);
        var counts = NumberFormat.getIntegerInstance(locale);
        var bar = MessageKeys.format(locale, "results.chart.bar");
        var chart = MessageKeys.resolve(locale, "results.chart");
        var tie = MessageKeys.resolve(locale, "results.tied");
        var tooFew = MessageKeys.resolve(locale, "results.tooFew", shown.minBallots());
        int lowest = shown.round().getScaleMin();
        return shown.rows().stream().map(result -> {
            var petition = result.petition();
            var tally = result.tally();
            boolean published = tally.publishable();
            return new ResultRow(petition, tally,
                    published ? tally.rank() + (tally.tied() ? "=" : "") : "",
                    tally.tied() ? tie : null,
                    petition.authorsIn(language),
                    MessageKeys.resolve(locale, "ArtField." + petition.artField()),
                    published ? counts.format(tally.ballots()) : "—",
                    published ? figures.format(tally.weightedMean()) : null,
                    published ? figures.format(tally.median()) : null,
                    published ? figures.format(tally.trimmedMean()) : null,
                    published ? figures.format(tally.standardDeviation()) : null,
                    published ? null : tooFew,
                    chartStyle(tally.distribution()),
                    chart + " " + petition.registrationNumber() + ": " + IntStream.range(0, tally.distribution().size())
                            .mapToObj(i -> bar.format(new Object[] {counts.format(lowest + i),
                                counts.format(tally.distribution().get(i))}))
                            .collect(Collectors.joining("; ")));
        }).toList();
    }

    private static String chartStyle(List<Integer> counts) {
        int bars = counts.size();
        int highest = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        var images = new StringJoiner(", ", "background-image: ", "; ");
        var sizes = new StringJoiner(", ", "background-size: ", "; ");
        var positions = new StringJoiner(", ", "background-position: ", "");
        for (int i = 0; i < bars; i++) {
            images.add("linear-gradient(var(--navy), var(--navy))");
            sizes.add("calc(100% / " + bars + " - 2px) " + (highest == 0 ? 0 : counts.get(i) * 100 / highest) + "%");
            positions.add((bars == 1 ? 0 : i * 100 / (bars - 1)) + "% 100%");
        }
        return images + sizes.toString() + positions;
    }
}
