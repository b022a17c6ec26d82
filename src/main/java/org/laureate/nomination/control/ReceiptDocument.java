package org.laureate.nomination.control;

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
import java.util.Locale;
import java.util.ResourceBundle;
import org.laureate.nomination.entity.Material;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.platform.CapitalTime;
import org.laureate.platform.PdfFonts;

/**
 * The PDF receipt of a submitted petition, in Russian (the working language of the Standing Committee), with the
 * fonts embedded so that Cyrillic and Belarusian letters print everywhere.
 */
public class ReceiptDocument {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ResourceBundle texts = ResourceBundle.getBundle("org.laureate.i18n.messages", RUSSIAN);

    public byte[] render(Nomination nomination) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(texts.getString("receipt.title") + " " + nomination.getRegistrationNumber());
            document.open();
            var regular = PdfFonts.regular(11);
            var bold = PdfFonts.bold(11);
            var heading = PdfFonts.bold(15);

            var title = new Paragraph(texts.getString("receipt.title"), heading);
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            var number = new Paragraph(nomination.getRegistrationNumber(), heading);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(18);
            document.add(number);

            var table = new PdfPTable(new float[] {1, 2});
            table.setWidthPercentage(100);
            row(table, bold, regular, "receipt.cycle", nomination.getCycle().getName());
            row(table, bold, regular, "receipt.organisation", nomination.getOrganisation().getNameRu());
            row(table, bold, regular, "receipt.work", nomination.getWorkTitle() + " ("
                    + texts.getString("ArtField." + nomination.getArtField().name()) + ")");
            row(table, bold, regular, "receipt.nominees", String.join("\n", nomination.getNominees().stream()
                    .map(ReceiptDocument::name).toList()));
            row(table, bold, regular, "receipt.submittedAt",
                    CapitalTime.minutes(nomination.getSubmittedAt()));
            row(table, bold, regular, "receipt.materials", String.join("\n", nomination.getMaterials().stream()
                    .map(this::describe).toList()));
            document.add(table);

            var footer = new Paragraph(texts.getString("receipt.footer"), regular);
            footer.setSpacingBefore(18);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String name(Nominee nominee) {
        return nominee.getFullNameBe() == null ? nominee.getFullNameRu()
                : nominee.getFullNameRu() + " (" + nominee.getFullNameBe() + ")";
    }

    private String describe(Material material) {
        return material.getUrl() != null
                ? MessageFormat.format(texts.getString("receipt.link"), material.getTitle(), material.getUrl())
                : MessageFormat.format(texts.getString("receipt.file"), material.getTitle(),
                        String.valueOf(material.getSizeBytes()), material.getSha256());
    }

    private void row(PdfPTable table, Font labelFont, Font valueFont, String key, String value) {
        table.addCell(new Paragraph(texts.getString(key), labelFont));
        table.addCell(new Paragraph(value, valueFont));
    }
}
