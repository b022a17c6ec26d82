package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void anInstantIsStoredAsItsUtcDateAndTime() {
        var closes = Instant.parse("2025-01-31T21:00:00Z");

        assertThat(converter.convertToDatabaseColumn(closes)).isEqualTo(LocalDateTime.of(2025, 1, 31, 21, 0));
        assertThat(converter.convertToEntityAttribute(LocalDateTime.of(2025, 1, 31, 21, 0))).isEqualTo(closes);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
