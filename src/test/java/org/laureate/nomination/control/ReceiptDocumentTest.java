package org.laureate.nomination.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laureate.nomination.Petitions.DURING_CALL;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laureate.nomination.Petitions;
import org.laureate.nomination.entity.Nominee;
import org.laureate.platform.Country;

class ReceiptDocumentTest {

    @Test
    void theReceiptIsAPdfWithTheNumberAndTheNamesInCyrillic() throws IOException {
        var nomination = Petitions.complete(Petitions.cycle(), Country.BY);
        nomination.addNominee(new Nominee("Ирина Зернова", "Ірына Зярнова", LocalDate.of(1965, 1, 1), "BY",
                null, null), DURING_CALL);
        nomination.submit(DURING_CALL, 7);

        var pdf = new ReceiptDocument().render(nomination);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("2025-2026/BY/007").contains("Расписка").contains("Виталий Кульбаков")
                .contains("Ірына Зярнова").contains("Программа, 15 байт, SHA-256");
    }
}
