package org.laureate.nomination.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laureate.nomination.Petitions;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.platform.Country;

class PetitionSummaryTest {

    /** The petition as the database gives it back, with its id. */
    private static Nomination stored(Nomination nomination, long id) throws ReflectiveOperationException {
        var field = Nomination.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(nomination, id);
        return nomination;
    }

    @Test
    void aReaderOfBelarusianReadsTheBelarusianSpellingWhereOneIsGivenAndTheRussianOneOtherwise() throws Exception {
        var organisation = new Organisation("Союз композиторов", "Саюз кампазітараў", OrganisationKind.CREATIVE_UNION,
                Country.BY);
        organisation.verify();
        var nomination = Nomination.draft(Petitions.cycle(), organisation, Petitions.DURING_CALL);
        nomination.addNominee(new Nominee("Любовь Подлеснова", "Любоў Падляснова", LocalDate.of(1970, 5, 5), "BY",
                null, null), Petitions.DURING_CALL);
        nomination.addNominee(Petitions.author("Надежда Бабенко", "BY"), Petitions.DURING_CALL);

        var summary = PetitionSummary.of(stored(nomination, 42L));

        assertThat(summary.id()).isEqualTo(42L);
        assertThat(summary.authorsIn("be")).isEqualTo("Любоў Падляснова, Надежда Бабенко");
        assertThat(summary.organisationIn("be")).isEqualTo("Саюз кампазітараў");
        for (var language : new String[] {"ru", "en"}) {
            assertThat(summary.authorsIn(language)).isEqualTo("Любовь Подлеснова, Надежда Бабенко");
            assertThat(summary.organisationIn(language)).isEqualTo("Союз композиторов");
        }
    }
}
