package org.laureate.security.control;

import java.time.Duration;
import org.laureate.platform.BusinessException;

/**
 * R3.18 How many anonymous registrations, each of which mails one confirmation link, are taken: at most
 * {@link #PER_EMAIL} a day for one e-mail address, and at most a set number an hour from one client address.
 */
public final class RegistrationLimits {

    /** Links mailed to one e-mail address within {@link #EMAIL_WINDOW}. */
    public static final int PER_EMAIL = 3;

    public static final Duration EMAIL_WINDOW = Duration.ofDays(1);

    /** The window of the limit per client address. */
    public static final Duration ADDRESS_WINDOW = Duration.ofHours(1);

    private final int perAddress;

    /** With at most {@code perAddress} registrations an hour from one client address. */
    public RegistrationLimits(int perAddress) {
        if (perAddress < 1) {
            throw new IllegalArgumentException("perAddress");
        }
        this.perAddress = perAddress;
    }

    /** Refuses one more registration when the e-mail address or the client address has had its share. */
    public void check(long toEmailLastDay, long fromAddressLastHour) {
        if (toEmailLastDay >= PER_EMAIL || fromAddressLastHour >= perAddress) {
            throw new BusinessException("registration.error.tooMany");
        }
    }
}
