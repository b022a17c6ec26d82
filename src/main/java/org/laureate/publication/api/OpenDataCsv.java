package org.laureate.publication.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.laureate.publication.boundary.PublishedCycle;
import org.laureate.publication.entity.Award;
import org.laureate.publication.entity.AwardAuthor;

/** The open data's CSV files (RFC 4180, a header row); several values in one cell are separated by "; ". */
final class OpenDataCsv {

    private static final String SEPARATOR = "; ";

    private OpenDataCsv() {
    }

    static String laureates(List<Award> awards) {
        return write(new String[] {"id", "cycle", "work", "art_field", "authors", "authors_be", "countries",
            "resolution_number", "resolution_date", "published_at", "amendments"}, printer -> {
                for (var award : awards) {
                    var authors = award.getAuthors();
                    printer.printRecord(award.getId(), award.getCycleName(), award.getWorkTitle(),
                            text(award.getArtField()), join(authors, AwardAuthor::getNameRu),
                            join(authors, author -> text(author.getNameBe())),
                            join(authors, author -> text(author.getCountry())), text(award.getResolutionNumber()),
                            text(award.getResolutionDate()), text(award.getPublishedAt()),
                            award.getAmendments().size());
                }
            });
    }

    static String cycles(List<PublishedCycle> cycles) {
        return write(new String[] {"cycle", "laureates", "resolution_number", "resolution_date", "candidate_lists"},
                printer -> {
                    for (var cycle : cycles) {
                        printer.printRecord(cycle.name(), cycle.laureates(), text(cycle.resolutionNumber()),
                                text(cycle.resolutionDate()), cycle.candidateLists().size());
                    }
                });
    }

    static String candidates(List<CandidateListItem> lists) {
        return write(new String[] {"cycle", "round", "published_at", "position", "registration_number", "work",
            "authors", "art_field", "country", "organisation"}, printer -> {
                for (var list : lists) {
                    int position = 0;
                    for (var candidate : list.candidates()) {
                        printer.printRecord(list.cycle(), list.round(), text(list.publishedAt()), ++position,
                                candidate.registrationNumber(), candidate.work(), candidate.authors(),
                                text(candidate.artField()), text(candidate.country()), candidate.organisation());
                    }
                }
            });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        var out = new StringWriter();
        var format = CSVFormat.RFC4180.builder().setHeader(header).get();
        try (var printer = new CSVPrinter(out, format)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String join(List<AwardAuthor> authors, Function<AwardAuthor, String> part) {
        return authors.stream().map(part).collect(Collectors.joining(SEPARATOR));
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
