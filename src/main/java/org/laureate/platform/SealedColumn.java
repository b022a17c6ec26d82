package org.laureate.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * R9.28, R3.20 A column whose value the database holds sealed ({@link KeySeal}) under the server's setting
 * {@code laureate.key.seal} ({@code LAUREATE_KEY_SEAL}), given at start-up and never stored in the database; every
 * server of a cluster is given the same. Without the setting, values are stored as they are and the server warns
 * once; a sealed value cannot be read without it.
 */
@Converter
public class SealedColumn implements AttributeConverter<String, String> {

    public static final String SETTING = "laureate.key.seal";

    private static final Logger LOG = Logger.getLogger(SealedColumn.class.getName());

    private static volatile Optional<KeySeal> seal;

    @Override
    public String convertToDatabaseColumn(String value) {
        if (value == null) {
            return null;
        }
        var configured = seal();
        if (configured.isEmpty()) {
            return value;
        }
        return configured.get().seal(value);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (!KeySeal.isSealed(stored)) {
            return stored;
        }
        return seal().orElseThrow(() -> new IllegalStateException(
                "A secret is sealed: start the server with LAUREATE_KEY_SEAL, as it was when it was sealed"))
                .open(stored);
    }

    private static Optional<KeySeal> seal() {
        var known = seal;
        if (known == null) {
            known = ConfigProvider.getConfig().getOptionalValue(SETTING, String.class)
                    .filter(secret -> !secret.isBlank())
                    .map(KeySeal::new);
            if (known.isEmpty()) {
                LOG.warning("No LAUREATE_KEY_SEAL is set: the private keys of the secret ballots and the second"
                        + " factors' secrets are stored unsealed in the database");
            }
            seal = known;
        }
        return known;
    }
}
