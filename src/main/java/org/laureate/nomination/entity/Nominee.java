package org.laureate.nomination.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Text;

/**
 * One author of a nominated work, with the name as written in Russian and, optionally, in Belarusian; the names lose
 * control, bidirectional and invisible characters, as names do ({@link Text#cleanName}).
 */
@Entity
@Table(name = "nominee")
public class Nominee implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    private int position;

    @NotBlank
    @Size(max = 300)
    @Column(name = "full_name_ru")
    private String fullNameRu;

    @Size(max = 300)
    @Column(name = "full_name_be")
    private String fullNameBe;

    @NotNull
    @Past
    @Column(name = "born_on")
    private LocalDate bornOn;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    private String citizenship;

    @Size(max = 1000)
    @Column(name = "post_and_titles")
    private String postAndTitles;

    @Size(max = 8000)
    private String biography;

    protected Nominee() {
    }

    public Nominee(String fullNameRu, String fullNameBe, LocalDate bornOn, String citizenship, String postAndTitles,
            String biography) {
        this.fullNameRu = Text.cleanName(fullNameRu);
        if (fullNameRu != null && !fullNameRu.isBlank() && this.fullNameRu.isEmpty()) {
            // a name of nothing but invisible characters
            throw new BusinessException("general.error.forbiddenCharacters");
        }
        this.fullNameBe = blankToNull(Text.cleanName(fullNameBe));
        this.bornOn = bornOn;
        this.citizenship = citizenship;
        this.postAndTitles = blankToNull(postAndTitles);
        this.biography = blankToNull(biography);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void attachTo(Nomination owner, int index) {
        nomination = owner;
        position = index;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getFullNameRu() {
        return fullNameRu;
    }

    public String getFullNameBe() {
        return fullNameBe;
    }

    public LocalDate getBornOn() {
        return bornOn;
    }

    /** ISO 3166 two-letter code of the author's citizenship. */
    public String getCitizenship() {
        return citizenship;
    }

    public String getPostAndTitles() {
        return postAndTitles;
    }

    public String getBiography() {
        return biography;
    }
}
