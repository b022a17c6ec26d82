package org.laureate.publication.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;

class AwardTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static Award recorded() {
        return Award.recorded(7, "2025–2026", 41, 1, "Концертные программы", ArtField.MUSIC,
                List.of(new AwardAuthor("Виталий Кульбаков", "Віталь Кульбакоў", Country.BY)), "5",
                LocalDate.of(2026, 2, 26));
    }

    private static Award published() {
        var award = recorded();
        award.publish(NOW);
        return award;
    }

    @Test
    void r14_1_anAwardIsRecordedNotPublic() {
        var award = recorded();

        assertThat(award.getState()).isEqualTo(AwardState.RECORDED);
        assertThat(award.isPublished()).isFalse();
        assertThat(award.getPublishedAt()).isNull();
        assertThat(award.isHistorical()).isFalse();
    }

    @Test
    void r14_1_aLaureateWorkHasAnAuthorAndATitle() {
        assertThatThrownBy(() -> Award.recorded(7, "2025–2026", 41, 1, "Труд", ArtField.MUSIC, List.of(), null,
                LocalDate.of(2026, 2, 26))).hasMessage("laureates.error.noAuthors");
        assertThatThrownBy(() -> Award.recorded(7, "2025–2026", 41, 1, " ", ArtField.MUSIC,
                List.of(new AwardAuthor("Иван Иванов", null, Country.RU)), null, LocalDate.of(2026, 2, 26)))
                .hasMessage("laureates.error.value");
    }

    @Test
    void r14_4_anAwardIsPublishedOnce() {
        var award = published();

        assertThat(award.getState()).isEqualTo(AwardState.PUBLISHED);
        assertThat(award.getPublishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> award.publish(NOW)).hasMessage("laureates.error.published");
    }

    @Test
    void r14_3_aPublishedAwardHasNoSetterItChangesOnlyByAmendment() {
        var mutators = Arrays.stream(Award.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(method -> method.getName())
                .filter(name -> name.startsWith("set") || name.startsWith("add") || name.startsWith("remove"))
                .toList();
        assertThat(mutators).isEmpty();
        assertThat(Arrays.stream(AwardAuthor.class.getMethods()).map(method -> method.getName()))
                .noneMatch(name -> name.startsWith("set") || name.startsWith("with"));
        var award = published();
        assertThatThrownBy(() -> award.getAuthors().set(0, new AwardAuthor("Другой", null, Country.RU)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> award.getAmendments().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void r14_3_anAmendmentNeedsAReason() {
        var award = published();

        assertThatThrownBy(() -> award.amend(AwardField.WORK_TITLE, null, "Новое", null, NOW, "admin"))
                .hasMessage("laureates.error.reasonRequired");
        assertThatThrownBy(() -> award.amend(AwardField.WORK_TITLE, null, "Новое", "  ", NOW, "admin"))
                .hasMessage("laureates.error.reasonRequired");
        assertThat(award.getWorkTitle()).isEqualTo("Концертные программы");
        assertThat(award.isAmended()).isFalse();
    }

    @Test
    void r14_3_aRecordedAwardIsNotAmended() {
        assertThatThrownBy(() -> recorded().amend(AwardField.WORK_TITLE, null, "Новое", "Опечатка", NOW, "admin"))
                .hasMessage("laureates.error.notPublished");
    }

    @Test
    void r14_3_anAmendmentIsAppliedAndKeptWithItsHistory() {
        var award = published();

        var first = award.amend(AwardField.WORK_TITLE, null, "Концертные программы 2024–2025 годов",
                "Уточнено по тексту постановления", NOW, "admin");
        var second = award.amend(AwardField.AUTHOR_NAME_BE, 0, "Віталь Кульбакоў-малодшы", "Опечатка",
                NOW.plusSeconds(60), "admin");

        assertThat(award.getWorkTitle()).isEqualTo("Концертные программы 2024–2025 годов");
        assertThat(award.getAuthors().get(0).getNameBe()).isEqualTo("Віталь Кульбакоў-малодшы");
        assertThat(award.getAuthors().get(0).getNameRu()).isEqualTo("Виталий Кульбаков");
        assertThat(award.getAmendments()).containsExactly(first, second);
        assertThat(first.getBefore()).isEqualTo("Концертные программы");
        assertThat(first.getAfter()).isEqualTo("Концертные программы 2024–2025 годов");
        assertThat(first.getReason()).isEqualTo("Уточнено по тексту постановления");
        assertThat(first.getActor()).isEqualTo("admin");
        assertThat(second.getAuthor()).isZero();
        assertThat(award.isAmended()).isTrue();
    }

    @Test
    void r14_3_anAmendmentChangesSomethingValid() {
        var award = published();

        assertThatThrownBy(() -> award.amend(AwardField.WORK_TITLE, null, "Концертные программы", "Так", NOW, "a"))
                .hasMessage("laureates.error.unchanged");
        assertThatThrownBy(() -> award.amend(AwardField.ART_FIELD, null, "SCULPTURE", "Так", NOW, "a"))
                .hasMessage("laureates.error.value");
        assertThatThrownBy(() -> award.amend(AwardField.RESOLUTION_DATE, null, "26.02.2026", "Так", NOW, "a"))
                .hasMessage("laureates.error.value");
        assertThatThrownBy(() -> award.amend(AwardField.AUTHOR_COUNTRY, 3, "RU", "Так", NOW, "a"))
                .hasMessage("laureates.error.author");
        assertThatThrownBy(() -> award.amend(AwardField.WORK_TITLE, null, "", "Так", NOW, "a"))
                .hasMessage("laureates.error.value");
        assertThat(award.isAmended()).isFalse();

        award.amend(AwardField.RESOLUTION_NUMBER, null, "", "Номер не был присвоен", NOW, "a");
        assertThat(award.getResolutionNumber()).isNull();
        award.amend(AwardField.AUTHOR_COUNTRY, 0, "RU", "Ошибка", NOW, "a");
        assertThat(award.getAuthors().get(0).getCountry()).isEqualTo(Country.RU);
    }

    @Test
    void aBelarusianReaderSeesTheBelarusianSpellingWhereGiven() {
        var author = new AwardAuthor("Иван Миско", "Іван Міско", Country.BY);
        var russian = new AwardAuthor("Владимир Зельдин", null, Country.RU);

        assertThat(author.nameIn("be")).isEqualTo("Іван Міско");
        assertThat(author.nameIn("ru")).isEqualTo("Иван Миско");
        assertThat(author.nameIn("en")).isEqualTo("Иван Миско");
        assertThat(russian.nameIn("be")).isEqualTo("Владимир Зельдин");
    }
}
