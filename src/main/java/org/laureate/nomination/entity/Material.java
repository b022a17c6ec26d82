package org.laureate.nomination.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.laureate.platform.Text;

/**
 * A material of a petition: an uploaded document or image, kept with its checksum, or a link to audio or video.
 * The uploaded bytes are loaded only when someone opens the material.
 */
@Entity
@Table(name = "material")
public class Material implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @Enumerated(EnumType.STRING)
    private MaterialKind kind;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 255)
    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Size(max = 1000)
    private String url;

    @Column(name = "added_at")
    private Instant addedAt;

    protected Material() {
    }

    /**
     * An uploaded file whose type has been recognised from its content; its name and title lose control and
     * bidirectional characters, so that a name never shows as something it is not.
     */
    public static Material file(MaterialKind kind, String title, String fileName, String contentType, byte[] content,
            String sha256, Instant now) {
        var material = new Material();
        material.kind = kind;
        material.title = Text.cleanName(title);
        material.fileName = Text.cleanName(fileName);
        material.contentType = contentType;
        material.content = content.clone();
        material.sizeBytes = content.length;
        material.sha256 = sha256;
        material.addedAt = now;
        return material;
    }

    /** A link to audio or video published elsewhere; its title loses what a file's name loses. */
    public static Material link(String title, String url, Instant now) {
        var material = new Material();
        material.kind = MaterialKind.LINK;
        material.title = Text.cleanName(title);
        material.url = url;
        material.addedAt = now;
        return material;
    }

    void attachTo(Nomination owner) {
        nomination = owner;
    }

    public Long getId() {
        return id;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content == null ? null : content.clone();
    }

    public String getUrl() {
        return url;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
