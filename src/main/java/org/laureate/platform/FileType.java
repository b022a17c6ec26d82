package org.laureate.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the platform accepts, each recognised by the first bytes of its content, never by its name: a PDF
 * document, a JPEG or a PNG image.
 */
public enum FileType {

    PDF("application/pdf", '%', 'P', 'D', 'F', '-'),
    JPEG("image/jpeg", 0xFF, 0xD8, 0xFF),
    PNG("image/png", 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');

    private final String contentType;
    private final byte[] signature;

    FileType(String contentType, int... signature) {
        this.contentType = contentType;
        this.signature = new byte[signature.length];
        for (int i = 0; i < signature.length; i++) {
            this.signature[i] = (byte) signature[i];
        }
    }

    /** The type whose signature the content starts with, if any. */
    public static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.starts(content)).findFirst();
    }

    private boolean starts(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    public String contentType() {
        return contentType;
    }

    public boolean isImage() {
        return this != PDF;
    }
}
