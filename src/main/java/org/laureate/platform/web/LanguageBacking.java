package org.laureate.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.laureate.platform.CountryName;
import org.laureate.platform.Localizable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Servlets;

/**
 * The language of the interface: Russian by default, Belarusian or English when chosen. The choice is a plain link
 * (no form, so that a public page keeps no state and opens no session), remembered in a cookie by
 * {@link LanguageFilter}.
 */
@Named("language")
@RequestScoped
public class LanguageBacking {

    static final List<String> SUPPORTED = List.of("ru", "be", "en");

    private String code;

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public String getCode() {
        if (code == null) {
            code = LanguageFilter.chosen(Faces.getRequest());
        }
        return code;
    }

    /** A message's argument in the viewer's language (a country's name for its code, say), others as they are. */
    public Object words(Object argument) {
        return argument instanceof Localizable localizable ? localizable.in(getLocale()) : argument;
    }

    /** The name of the country whose ISO code is {@code code}, in the viewer's language. */
    public String countryName(String code) {
        return code == null ? null : new CountryName(code).in(getLocale());
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /** The address of this very page, with its parameters, in the other language. */
    public String link(String target) {
        var parameters = new LinkedHashMap<>(Faces.getRequestQueryStringMap());
        parameters.remove(LanguageFilter.PARAMETER);
        parameters.put(LanguageFilter.PARAMETER, List.of(target));
        return Faces.getRequestURI() + "?" + Servlets.toQueryString(parameters);
    }
}
