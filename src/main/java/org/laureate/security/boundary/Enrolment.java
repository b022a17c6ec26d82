package org.laureate.security.boundary;

/**
 * A second factor offered for enrolment: its secret, as text and as an {@code otpauth://} URI, and the URI's QR code
 * (a PNG {@code data:} URI). Nothing is stored until its first code has been checked.
 */
public record Enrolment(String secret, String uri, String qrCode) {

    @Override
    public String toString() {
        return "Enrolment";
    }
}
