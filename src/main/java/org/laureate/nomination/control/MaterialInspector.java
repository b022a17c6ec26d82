package org.laureate.nomination.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.laureate.nomination.entity.MaterialKind;
import org.laureate.platform.BusinessException;

/**
 * Recognises an uploaded file by its content, never by its name: a PDF document, or a JPEG or PNG image. Refuses
 * anything else, an empty file, a file above the limit per file and a petition above the limit per petition.
 */
public class MaterialInspector {

    /** R4.14 The largest file accepted. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** R4.14 The largest total of uploaded files in one petition. */
    public static final long MAX_PETITION_BYTES = 40L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

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
        var recognised = recognise(content)
                .orElseThrow(() -> new BusinessException("material.error.type"));
        return new Recognised(recognised.kind(), recognised.contentType(), sha256(content));
    }

    private static Optional<Recognised> recognise(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(new Recognised(MaterialKind.DOCUMENT, "application/pdf", null));
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(new Recognised(MaterialKind.IMAGE, "image/jpeg", null));
        }
        if (startsWith(content, PNG)) {
            return Optional.of(new Recognised(MaterialKind.IMAGE, "image/png", null));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
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
