package org.laureate.decision.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.platform.PdfFonts;

/**
 * The documents of the prize's last steps, as PDF in Russian with the fonts embedded: the award sheet of each author,
 * the draft resolution of the Supreme State Council, the nominee's and the laureate's diplomas, and the extract of the
 * Expert Council's minutes on the final vote. R13.7 A name is printed in Russian, followed by its Belarusian spelling
 * where one is given.
 */
public class AwardDocuments {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", RUSSIAN);

    private final ResourceBundle texts = ResourceBundle.getBundle("org.laureate.i18n.messages", RUSSIAN);

    /** R13.7 A person's name as the documents print it. */
    public static String name(Nominee nominee) {
        return nominee.getFullNameBe() == null || nominee.getFullNameBe().isBlank() ? nominee.getFullNameRu()
                : nominee.getFullNameRu() + " (" + nominee.getFullNameBe() + ")";
    }

    /** The authors of a work, as the documents print them. */
    public static String authors(Nomination nomination) {
        return nomination.getNominees().stream().map(AwardDocuments::name).collect(Collectors.joining(", "));
    }

    /** The award sheet (наградной лист) of one author of a nominated work. */
    public byte[] awardSheet(Nomination nomination, Nominee nominee) {
        return render(text("documents.awardSheet.title") + " — " + nominee.getFullNameRu(), (document) -> {
            heading(document, text("documents.awardSheet.title"));
            centred(document, format("documents.awardSheet.subtitle", nomination.getCycle().getName()), 11, 18);
            var table = new PdfPTable(new float[] {2, 3});
            table.setWidthPercentage(100);
            row(table, "documents.awardSheet.name", name(nominee));
            row(table, "documents.awardSheet.bornOn", nominee.getBornOn() == null ? "—"
                    : DATE.format(nominee.getBornOn()));
            row(table, "documents.awardSheet.citizenship", text("Country." + nominee.getCitizenship()));
            row(table, "documents.awardSheet.post", orDash(nominee.getPostAndTitles()));
            row(table, "documents.awardSheet.biography", orDash(nominee.getBiography()));
            row(table, "documents.awardSheet.work", nomination.getWorkTitle());
            row(table, "documents.awardSheet.field", text("ArtField." + nomination.getArtField().name()));
            row(table, "documents.awardSheet.coauthors", authors(nomination));
            row(table, "documents.awardSheet.organisation", nomination.getOrganisation().getNameRu());
            row(table, "documents.awardSheet.registration", nomination.getRegistrationNumber());
            row(table, "documents.awardSheet.reasons", orDash(nomination.getReasons()));
            document.add(table);
        });
    }

    /**
     * The draft resolution "On awarding the prizes of the Union State in literature and arts for Y–Y+1", listing each
     * work's authors "— for" the work.
     */
    public byte[] draftResolution(String cycleName, List<Nomination> laureates) {
        return render(format("documents.resolution.subject", cycleName), (document) -> {
            var draft = new Paragraph(text("documents.resolution.draft"), PdfFonts.regular(11));
            draft.setAlignment(Element.ALIGN_RIGHT);
            document.add(draft);
            centred(document, text("documents.resolution.body"), 13, 6);
            heading(document, text("documents.resolution.title"));
            centred(document, format("documents.resolution.subject", cycleName), 12, 18);
            document.add(paragraph(text("documents.resolution.preamble"), 12));
            document.add(paragraph(format("documents.resolution.award", cycleName), 12));
            for (int i = 0; i < laureates.size(); i++) {
                var laureate = laureates.get(i);
                var line = paragraph(format(i == laureates.size() - 1 ? "documents.resolution.lastLine"
                        : "documents.resolution.line", authors(laureate), laureate.getWorkTitle()), 12);
                line.setIndentationLeft(24);
                document.add(line);
            }
            document.add(paragraph(text("documents.resolution.inForce"), 12));
        });
    }

    /** The diploma of a nominee. */
    public byte[] nomineeDiploma(Nomination nomination, Nominee nominee) {
        return diploma(text("documents.diploma.nominee"), nomination, nominee, null);
    }

    /** The diploma of a laureate, naming the Supreme State Council's resolution. */
    public byte[] laureateDiploma(Nomination nomination, Nominee nominee, String resolutionNumber,
            LocalDate resolutionDate) {
        return diploma(text("documents.diploma.laureate"), nomination, nominee,
                format("documents.diploma.resolution", DATE.format(resolutionDate), resolutionNumber));
    }

    /** The extract of the Expert Council's minutes on the final vote. */
    public byte[] minutes(VoteMinutes minutes) {
        return render(format("documents.minutes.title", minutes.cycleName()), (document) -> {
            heading(document, text("documents.minutes.heading"));
            centred(document, format("documents.minutes.title", minutes.cycleName()), 12, 12);
            document.add(paragraph(format("documents.minutes.meeting", DATE.format(minutes.heldOn()),
                    minutes.place()), 11));
            document.add(paragraph(format("documents.minutes.present", minutes.present().size(),
                    minutes.councilSize(), String.join(", ", minutes.present())), 11));
            var table = new PdfPTable(new float[] {2, 5, 1, 1, 1});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            for (var key : List.of("documents.minutes.number", "documents.minutes.work", "Choice.FOR",
                    "Choice.AGAINST", "Choice.ABSTAIN")) {
                table.addCell(new Paragraph(text(key), PdfFonts.bold(10)));
            }
            for (var line : minutes.lines()) {
                table.addCell(new Paragraph(line.registrationNumber(), PdfFonts.regular(10)));
                table.addCell(new Paragraph(line.work() + "\n" + line.authors(), PdfFonts.regular(10)));
                table.addCell(new Paragraph(String.valueOf(line.votesFor()), PdfFonts.regular(10)));
                table.addCell(new Paragraph(String.valueOf(line.against()), PdfFonts.regular(10)));
                table.addCell(new Paragraph(String.valueOf(line.abstain()), PdfFonts.regular(10)));
            }
            document.add(table);
            var decided = paragraph(text("documents.minutes.decision"), 11);
            decided.setSpacingBefore(12);
            document.add(decided);
            for (var chosen : minutes.decision()) {
                var line = paragraph("— " + chosen, 11);
                line.setIndentationLeft(24);
                document.add(line);
            }
            if (minutes.decision().isEmpty()) {
                document.add(paragraph(text("documents.minutes.noDecision"), 11));
            }
        });
    }

    private byte[] diploma(String kind, Nomination nomination, Nominee nominee, String footer) {
        return render(kind + " — " + nominee.getFullNameRu(), (document) -> {
            centred(document, text("documents.diploma.state"), 12, 36);
            heading(document, text("documents.diploma.title"));
            centred(document, kind, 13, 6);
            centred(document, format("documents.diploma.prize", nomination.getCycle().getName()), 12, 30);
            centred(document, name(nominee), 18, 18);
            centred(document, format("documents.diploma.for", nomination.getWorkTitle()), 13, 30);
            if (footer != null) {
                centred(document, footer, 11, 0);
            }
        });
    }

    /** A section of a document, which may fail as OpenPDF does. */
    private interface Section {
        void write(Document document) throws DocumentException;
    }

    private byte[] render(String title, Section section) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 64, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            section.write(document);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) throws DocumentException {
        centred(document, text, 16, 6, PdfFonts.bold(16));
    }

    private static void centred(Document document, String text, float size, float after) throws DocumentException {
        centred(document, text, size, after, PdfFonts.regular(size));
    }

    private static void centred(Document document, String text, float size, float after, Font font)
            throws DocumentException {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
    }

    private static Paragraph paragraph(String text, float size) {
        var paragraph = new Paragraph(text, PdfFonts.regular(size));
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private void row(PdfPTable table, String key, String value) {
        table.addCell(new Paragraph(text(key), PdfFonts.bold(10)));
        table.addCell(new Paragraph(value, PdfFonts.regular(10)));
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), RUSSIAN).format(arguments);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
