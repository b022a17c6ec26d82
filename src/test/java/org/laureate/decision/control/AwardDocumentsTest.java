package org.laureate.decision.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laureate.nomination.Petitions.DURING_CALL;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laureate.nomination.Petitions;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.platform.Country;

class AwardDocumentsTest {

    private final AwardDocuments documents = new AwardDocuments();
    private Nomination nomination;
    private Nominee zernova;

    @BeforeEach
    void petition() {
        nomination = Petitions.complete(Petitions.cycle(), Country.BY);
        zernova = new Nominee("Ирина Зернова", "Ірына Зярнова", LocalDate.of(1965, 1, 1), "BY", null, null);
        nomination.addNominee(zernova, DURING_CALL);
        nomination.submit(DURING_CALL, 7);
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    @Test
    void r13_7_theAwardSheetNamesTheAuthorInRussianAndInBelarusian() throws IOException {
        var text = text(documents.awardSheet(nomination, zernova));

        assertThat(text).contains("НАГРАДНОЙ ЛИСТ").contains("Ирина Зернова (Ірына Зярнова)")
                .contains(nomination.getWorkTitle()).contains("2025-2026/BY/007").contains("Беларусь");
    }

    @Test
    void theDraftResolutionListsEachLaureateForTheWork() throws IOException {
        var text = text(documents.draftResolution("2025–2026", List.of(nomination)));

        assertThat(text).contains("ПОСТАНОВЛЕНИЕ")
                .contains("О присуждении премий Союзного государства в области литературы и искусства")
                .contains("за 2025–2026 годы")
                .contains("Ирина Зернова (Ірына Зярнова)").contains("— за " + nomination.getWorkTitle());
    }

    @Test
    void theDiplomasNameTheAuthorTheWorkAndForTheLaureateTheResolution() throws IOException {
        var nominee = text(documents.nomineeDiploma(nomination, zernova));
        var laureate = text(documents.laureateDiploma(nomination, zernova, "7", LocalDate.of(2026, 2, 26)));

        assertThat(nominee).contains("ДИПЛОМ").contains("номинанта").contains("Ірына Зярнова")
                .doesNotContain("Постановление");
        assertThat(laureate).contains("лауреата").contains("Ірына Зярнова").contains("26 февраля 2026")
                .contains("№ 7");
    }

    @Test
    void theMinutesGiveTheMeetingThePresentTheVotesAndTheDecision() throws IOException {
        var minutes = new VoteMinutes("2025–2026", LocalDate.of(2025, 10, 17), "Минск", 9,
                List.of("Алексей Громов", "Янка Лукша"), List.of(new VoteMinutes.Line("2025-2026/BY/001",
                        "Концертные программы", "Виталий Кульбаков (Віталь Кульбакоў)", 7, 1, 1, true)),
                List.of("Виталий Кульбаков (Віталь Кульбакоў) — Концертные программы"));

        var text = text(documents.minutes(minutes));

        assertThat(text).contains("ВЫПИСКА ИЗ ПРОТОКОЛА").contains("17 октября 2025").contains("Минск")
                .contains("Присутствовали 2 из 9").contains("Янка Лукша").contains("Віталь Кульбакоў")
                .contains("Решили");
    }
}
