package org.laureate.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The language of the interface: Russian by default, Belarusian or English when chosen. The choice is remembered in a
 * cookie, for a year.
 */
@Named("language")
@RequestScoped
public class LanguageBacking {

    static final String COOKIE = "laureate-lang";
    static final List<String> SUPPORTED = List.of("ru", "be", "en");
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private String code;

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public String getCode() {
        if (code == null) {
            String remembered = Faces.getRequestCookie(COOKIE);
            code = remembered != null && SUPPORTED.contains(remembered) ? remembered : SUPPORTED.get(0);
        }
        return code;
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /** Switches to the chosen language and shows the same page again in it. */
    public String change(String chosen) {
        if (chosen != null && SUPPORTED.contains(chosen)) {
            code = chosen;
            Faces.getExternalContext().addResponseCookie(COOKIE, chosen,
                    Map.of("path", "/", "maxAge", ONE_YEAR, "SameSite", "Lax"));
            FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        }
        var page = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return page + "?faces-redirect=true&includeViewParams=true";
    }
}
