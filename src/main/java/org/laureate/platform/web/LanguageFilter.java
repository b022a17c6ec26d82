package org.laureate.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The choice of a language: a GET with {@code ?lang=be} remembers the language in a cookie for a year and sends the
 * browser back to the same address without the parameter (303), so that every page has one address per language
 * choice and none of them needs a form or a session.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter extends HttpFilter {

    static final String PARAMETER = "lang";
    static final String COOKIE = "laureate-lang";
    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    /** The language of this request: the remembered choice, or Russian. */
    public static String chosen(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies != null) {
            for (var cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && LanguageBacking.SUPPORTED.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return LanguageBacking.SUPPORTED.get(0);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var chosen = request.getParameter(PARAMETER);
        if (!"GET".equals(request.getMethod()) || chosen == null || request.getRequestURI().startsWith(
                request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        if (LanguageBacking.SUPPORTED.contains(chosen)) {
            var cookie = new Cookie(COOKIE, chosen);
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + rest(request));
    }

    /** The query string (a GET has no other parameters) without the language, with its question mark, or nothing. */
    private static String rest(HttpServletRequest request) {
        var query = new StringJoiner("&", "?", "").setEmptyValue("");
        request.getParameterMap().forEach((name, values) -> {
            if (!PARAMETER.equals(name)) {
                for (var value : values) {
                    query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return query.toString();
    }
}
