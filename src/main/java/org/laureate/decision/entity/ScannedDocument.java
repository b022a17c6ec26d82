package org.laureate.decision.entity;

import java.util.Objects;
import org.laureate.platform.BusinessException;
import org.laureate.platform.FileType;

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
        return FileType.of(content).orElseThrow(() -> new BusinessException("resolution.error.document"))
                .contentType();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
