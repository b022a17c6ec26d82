package org.laureate.nomination.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.laureate.nomination.entity.MaterialKind;
import org.laureate.platform.BusinessException;

class MaterialInspectorTest {

    private final MaterialInspector inspector = new MaterialInspector();

    private static String refusal(byte[] content, long already) {
        try {
            new MaterialInspector().inspect(content, already);
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
        return null;
    }

    @Test
    void r4_14_theTypeIsReadFromTheContent() {
        var pdf = inspector.inspect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), 0);
        assertThat(pdf.kind()).isEqualTo(MaterialKind.DOCUMENT);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");

        var jpeg = inspector.inspect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2}, 0);
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");

        var png = inspector.inspect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, 0);
        assertThat(png.kind()).isEqualTo(MaterialKind.IMAGE);

        assertThat(refusal("<html>%PDF-</html>".getBytes(StandardCharsets.US_ASCII), 0))
                .isEqualTo("material.error.type");
        assertThat(refusal(new byte[0], 0)).isEqualTo("material.error.empty");
    }

    @Test
    void r4_14_sizeLimitsPerFileAndPerPetition() {
        var big = new byte[(int) MaterialInspector.MAX_FILE_BYTES + 1];
        big[0] = '%';
        assertThat(refusal(big, 0)).isEqualTo("material.error.fileTooLarge");

        var small = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(small, MaterialInspector.MAX_PETITION_BYTES - 4))
                .isEqualTo("material.error.petitionTooLarge");
    }

    @Test
    void theChecksumIsTheSha256OfTheContent() {
        assertThat(MaterialInspector.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void r4_15_onlyHttpLinksAreKept() {
        assertThat(inspector.checkLink(" https://example.org/концерт ")).isEqualTo("https://example.org/концерт");
        assertThatThrownBy(() -> inspector.checkLink("javascript:alert(1)")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> inspector.checkLink("ftp://example.org/x")).isInstanceOf(BusinessException.class);
    }
}
