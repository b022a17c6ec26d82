package org.laureate.decision.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    private static final ScannedDocument PDF = ScannedDocument.of("resolution.pdf",
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    private static final Instant NOW = Instant.parse("2026-02-26T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 2, 26);

    private static Resolution supreme(boolean belarus, boolean russia, List<Long> approved) {
        return new Resolution(1, ResolutionBody.SUPREME_STATE_COUNCIL, "1", DAY, belarus, russia, PDF, approved,
                List.of(10L, 11L, 12L), NOW, "council");
    }

    @Test
    void r13_1_aResolutionApprovesSomeOfTheNomineesPutToIt() {
        assertThat(supreme(true, true, List.of(10L, 12L)).getApproved()).containsExactly(10L, 12L);
        assertThatThrownBy(() -> supreme(true, true, List.of())).hasMessage("resolution.error.nominees");
        assertThatThrownBy(() -> supreme(true, true, List.of(10L, 13L))).hasMessage("resolution.error.nominees");
    }

    @Test
    void r13_2_theSupremeStateCouncilNeedsBothMemberStates() {
        assertThatThrownBy(() -> supreme(true, false, List.of(10L))).hasMessage("resolution.error.unanimity");
        assertThatThrownBy(() -> supreme(false, true, List.of(10L))).hasMessage("resolution.error.unanimity");
        var ministers = new Resolution(1, ResolutionBody.COUNCIL_OF_MINISTERS, "7", DAY, false, false, PDF,
                List.of(10L), List.of(10L), NOW, "council");
        assertThat(ministers.getBody()).isEqualTo(ResolutionBody.COUNCIL_OF_MINISTERS);
    }

    @Test
    void r13_3_aScanIsRecognisedByItsContent() {
        assertThat(PDF.contentType()).isEqualTo("application/pdf");
        assertThat(ScannedDocument.of("scan.pdf", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).contentType())
                .isEqualTo("image/jpeg");
        assertThat(ScannedDocument.of("scan", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).contentType())
                .isEqualTo("image/png");
        assertThatThrownBy(() -> ScannedDocument.of("scan.pdf", "<html>".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("resolution.error.document");
        assertThatThrownBy(() -> ScannedDocument.of("empty.pdf", new byte[0])).hasMessage("resolution.error.document");
    }
}
