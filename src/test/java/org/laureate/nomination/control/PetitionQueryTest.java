package org.laureate.nomination.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.Country;
import org.laureate.platform.Like;

/** R4.32, R4.33 The secretariat's search as JPQL. */
class PetitionQueryTest {

    @Test
    void r4_32_withoutConditionsEveryPetitionButTheDraftsIsFound() {
        var query = new PetitionQuery();

        assertThat(query.count()).isEqualTo(
                "SELECT COUNT(n) FROM Nomination n WHERE n.status <> :draft");
        assertThat(query.parameters()).containsExactly(Map.entry("draft", NominationStatus.DRAFT));
    }

    @Test
    void eachConditionChosenNarrowsTheSearchAndEmptyOnesDoNot() {
        var query = new PetitionQuery().cycle(7L).country(Country.BY).artField(null).status(NominationStatus.ADMITTED)
                .text("  ");

        assertThat(query.count()).endsWith("WHERE n.status <> :draft AND n.cycle.id = :cycleId AND n.country = :country"
                + " AND n.status = :status");
        assertThat(query.parameters()).containsEntry("cycleId", 7L).containsEntry("country", Country.BY)
                .containsEntry("status", NominationStatus.ADMITTED).doesNotContainKeys("artField", "text");

        var byField = new PetitionQuery().artField(ArtField.DESIGN);
        assertThat(byField.count()).endsWith("AND n.artField = :artField");
    }

    @Test
    void r4_33_theTextIsSearchedInTheTitleAndInBothSpellingsOfTheAuthorsNames() {
        var query = new PetitionQuery().text("Хатынь");

        assertThat(query.count()).contains("LOWER(n.workTitle) LIKE :text ESCAPE '!'")
                .contains("LOWER(e.fullNameRu) LIKE :text").contains("LOWER(e.fullNameBe) LIKE :text");
        assertThat(query.parameters()).containsEntry("text", "%хатынь%");
    }

    @Test
    void r4_33_patternCharactersInTheTextAreMatchedAsThemselves() {
        assertThat(Like.containing(" 100%_Ў!  ")).isEqualTo("%100!%!_ў!!%");
    }

    @Test
    void theOrderAppliesItsDirectionToEveryColumnAndEndsWithTheId() {
        var query = new PetitionQuery();

        assertThat(query.select("n", List.of("c.name", "n.country"), false))
                .endsWith("ORDER BY c.name DESC, n.country DESC, n.id DESC");
        assertThat(query.select("n", List.of(), true)).endsWith("WHERE n.status <> :draft ORDER BY n.id ASC")
                .contains("FROM Nomination n JOIN n.cycle c JOIN n.organisation o");
    }

    @Test
    void theCountsAreGroupedByCountryAndArtField() {
        assertThat(new PetitionQuery().countByCountryAndArtField())
                .startsWith("SELECT n.country, n.artField, COUNT(n) FROM Nomination n")
                .endsWith("GROUP BY n.country, n.artField");
    }
}
