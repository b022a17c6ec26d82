package org.laureate.decision.entity;

import java.util.Objects;
import org.laureate.platform.BusinessException;

/**
 * The scan of a signed resolution. R13.3 It is a PDF, JPEG or PNG as its content says (whatever its name claims), of
 * at most {@value #MAX_BYTES} bytes.
 */
public record ScannedDocument(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    public ScannedDocument {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(content);
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new BusinessException("resolution.error.document");
        }
        contentType = recognise(content);
        content = content.clone();
    }

    /** A scan named {@code fileName} whose type is recognised from its content. */
    public static ScannedDocument of(String fileName, byte[] content) {
        return new ScannedDocument(fileName, null, content);
    }

    private static String recognise(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        throw new BusinessException("resolution.error.document");
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
