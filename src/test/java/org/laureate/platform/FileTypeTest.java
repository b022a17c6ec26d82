package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void aFileIsKnownByItsFirstBytes() {
        assertThat(FileType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
        assertThat(FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(FileType.JPEG);
        assertThat(FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .contains(FileType.PNG);
        assertThat(FileType.PNG.contentType()).isEqualTo("image/png");
        assertThat(FileType.PDF.isImage()).isFalse();
    }

    @Test
    void notByItsNameNorByAPartOfItsSignature() {
        assertThat(FileType.of("MZ\u0090 fdp.exe".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.of("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.of(new byte[0])).isEmpty();
    }
}
