package org.laureate.nomination.boundary;

import java.io.Serializable;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;

/**
 * The number of petitions of one country in one art field.
 *
 * @param artField {@code null} for petitions withdrawn before their work was described
 */
public record RegistryCount(Country country, ArtField artField, long count) implements Serializable {
}
