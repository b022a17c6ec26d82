package org.laureate.nomination.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The columns of the registry sort by the query's columns, the registration number by cycle, country, sequence. */
class RegistrySortTest {

    @Test
    void eachSortableColumnOfTheTableHasItsOrder() {
        assertThat(RegistrySort.ofField("workTitle")).isEqualTo(RegistrySort.TITLE);
        assertThat(RegistrySort.ofField("submittedAt")).isEqualTo(RegistrySort.SUBMITTED_AT);
        assertThat(RegistrySort.ofField("artField")).isEqualTo(RegistrySort.ART_FIELD);
        assertThat(RegistrySort.ofField("nothing")).isEqualTo(RegistrySort.REGISTRATION_NUMBER);
    }

    @Test
    void theRegistrationNumberSortsByNumberNotByText() {
        assertThat(RegistrySort.REGISTRATION_NUMBER.paths()).containsExactly("c.name", "n.country", "n.sequenceNumber");
    }
}
