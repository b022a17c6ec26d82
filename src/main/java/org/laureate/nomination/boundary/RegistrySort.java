package org.laureate.nomination.boundary;

import java.util.List;

/** The orders of the secretariat's list of petitions, each by the columns of the query it sorts on. */
public enum RegistrySort {
    /** By cycle, country and number within them, which is the order of the registration numbers. */
    REGISTRATION_NUMBER("registrationNumber", List.of("c.name", "n.country", "n.sequenceNumber")),
    TITLE("workTitle", List.of("n.workTitle")),
    COUNTRY("country", List.of("n.country")),
    ART_FIELD("artField", List.of("n.artField")),
    STATUS("status", List.of("n.status")),
    SUBMITTED_AT("submittedAt", List.of("n.submittedAt"));

    private final String field;
    private final List<String> paths;

    RegistrySort(String field, List<String> paths) {
        this.field = field;
        this.paths = paths;
    }

    /** The sort of a {@link RegistryRow} property, by its name; the registration number for any other. */
    public static RegistrySort ofField(String field) {
        for (RegistrySort sort : values()) {
            if (sort.field.equals(field)) {
                return sort;
            }
        }
        return REGISTRATION_NUMBER;
    }

    List<String> paths() {
        return paths;
    }
}
