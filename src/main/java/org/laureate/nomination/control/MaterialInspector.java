package org.laureate.nomination.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.laureate.nomination.entity.MaterialKind;
import org.laureate.platform.BusinessException;
import org.laureate.platform.FileType;

/**
 * Recognises an uploaded file by its content, never by its name: a PDF document, or a JPEG or PNG image. Refuses
 * anything else, an empty file, a file above the limit per file and a petition above the limit per petition.
 */
public class MaterialInspector {

    /** R4.14 The largest file accepted. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** R4.14 The largest total of uploaded files in one petition. */
    public static final long MAX_PETITION_BYTES = 40L * 1024 * 1024;

    /** What an accepted file is. */
    public record Recognised(MaterialKind kind, String contentType, String sha256) {
    }

    public Recognised inspect(byte[] content, long bytesAlreadyInPetition) {
        if (content.length == 0) {
            throw new BusinessException("material.error.empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessException("material.error.fileTooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        if (bytesAlreadyInPetition + content.length > MAX_PETITION_BYTES) {
            throw new BusinessException("material.error.petitionTooLarge", MAX_PETITION_BYTES / (1024 * 1024));
        }
        var type = FileType.of(content).orElseThrow(() -> new BusinessException("material.error.type"));
        return new Recognised(type.isImage() ? MaterialKind.IMAGE : MaterialKind.DOCUMENT, type.contentType(),
                sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** R4.15 A link to audio or video is an http or https address. */
    public String checkLink(String url) {
        var trimmed = url == null ? "" : url.strip();
        if (!trimmed.matches("(?i)https?://[^\\s<>\"]{3,990}")) {
            throw new BusinessException("material.error.link");
        }
        return trimmed;
    }
}
