package org.laureate.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.laureate.platform.Country;

/**
 * An author of a laureate work: the name in Russian, its Belarusian spelling when one is given, and the member state
 * (unknown for some historical laureates). Immutable: an amendment replaces it.
 */
@Embeddable
public class AwardAuthor implements Serializable {

    public static final int NAME_MAX = 300;

    @Column(name = "name_ru")
    private String nameRu;

    @Column(name = "name_be")
    private String nameBe;

    @Enumerated(EnumType.STRING)
    private Country country;

    protected AwardAuthor() {
    }

    public AwardAuthor(String nameRu, String nameBe, Country country) {
        this.nameRu = Award.required(nameRu, NAME_MAX);
        this.nameBe = Award.optional(nameBe, NAME_MAX);
        this.country = country;
    }

    AwardAuthor withNameRu(String value) {
        return new AwardAuthor(value, nameBe, country);
    }

    AwardAuthor withNameBe(String value) {
        return new AwardAuthor(nameRu, value, country);
    }

    AwardAuthor withCountry(Country value) {
        return new AwardAuthor(nameRu, nameBe, value);
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameBe() {
        return nameBe;
    }

    public Country getCountry() {
        return country;
    }

    /** The name as a reader of {@code language} ("be", "ru", "en") sees it: the Belarusian spelling in Belarusian. */
    public String nameIn(String language) {
        return "be".equals(language) && nameBe != null ? nameBe : nameRu;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AwardAuthor that && nameRu.equals(that.nameRu) && Objects.equals(nameBe, that.nameBe)
                && country == that.country;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameRu, nameBe, country);
    }
}
