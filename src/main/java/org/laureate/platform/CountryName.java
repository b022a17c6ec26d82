package org.laureate.platform;

import java.util.Locale;
import java.util.Objects;

/**
 * A country given by its ISO 3166 code (as a citizenship is kept), named as a reader of the language knows it:
 * "Kazakhstan", «Казахстан», not "KZ". A code that names no country is shown as it is.
 */
public record CountryName(String code) implements Localizable {

    public CountryName {
        Objects.requireNonNull(code);
    }

    @Override
    public String in(Locale locale) {
        var name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    @Override
    public String toString() {
        return code;
    }
}
