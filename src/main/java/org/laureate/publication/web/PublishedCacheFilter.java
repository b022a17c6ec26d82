package org.laureate.publication.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.laureate.platform.web.LanguageFilter;

/**
 * R14.7 Serves the published pages and the open data from {@link PublishedCache}: an anonymous GET is rendered once
 * per address and language, then answered from memory with its ETag and Last-Modified, or with 304 when the reader
 * already has it; {@code Cache-Control: public, max-age=10, must-revalidate} lets a reverse proxy keep it for ten
 * seconds and revalidate it after. A signed-in person is never served a copy, and an answer that sets a cookie or is
 * not a 200 is never kept.
 */
@WebFilter(urlPatterns = {"/publication/laureates.xhtml", "/publication/archive.xhtml", "/api/*"},
        asyncSupported = true)
public class PublishedCacheFilter extends HttpFilter {

    static final String CACHE_CONTROL = "public, max-age=10, must-revalidate";
    private static final long serialVersionUID = 1L;
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date",
            "transfer-encoding", "content-type", "cache-control", "etag", "last-modified", "vary", "connection",
            "keep-alive");

    @Inject
    transient PublishedCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        var page = request.getRequestURI().endsWith(".xhtml");
        var key = request.getRequestURI() + "?" + request.getQueryString()
                + (page ? "|" + LanguageFilter.chosen(request) : "");
        var generation = cache.generation();
        var entry = generation.entries().get(key);
        if (entry == null) {
            var capture = new Capture(response);
            chain.doFilter(request, capture);
            entry = capture.entry(generation.since());
            if (entry == null) {
                capture.forward();
                return;
            }
            cache.store(generation, key, entry);
        }
        send(request, response, entry, page);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, PublishedCache.Entry entry,
            boolean page) throws IOException {
        entry.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("ETag", entry.etag());
        response.setDateHeader("Last-Modified", entry.lastModified().toEpochMilli());
        if (page) {
            response.setHeader("Vary", "Cookie");
        }
        if (notModified(request, entry)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    /** RFC 9110 13.2.2: If-None-Match decides when it is sent, If-Modified-Since only without it. */
    static boolean notModified(HttpServletRequest request, PublishedCache.Entry entry) {
        var match = request.getHeader("If-None-Match");
        if (match != null) {
            for (var tag : match.split(",")) {
                var candidate = tag.strip();
                if (candidate.equals("*") || candidate.equals(entry.etag())
                        || candidate.equals("W/" + entry.etag())) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since != -1 && entry.lastModified().toEpochMilli() / 1000 <= since / 1000;
    }

    /** A strong validator of the bytes themselves, so that every server gives the same one for the same answer. */
    static String etag(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer as the page or the resource writes it, held back until it is known whether it may be kept. */
    static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean passed;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                var encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(bytes,
                        encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // the length is set when the bytes are sent
        }

        @Override
        public void setContentLengthLong(long length) {
            // the length is set when the bytes are sent
        }

        @Override
        public void resetBuffer() {
            flushBuffer();
            bytes.reset();
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passed = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passed = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passed = true;
            super.sendRedirect(location);
        }

        /** The answer to keep, or {@code null} when it is not a plain 200 or sets a cookie. */
        PublishedCache.Entry entry(Instant lastModified) {
            flushBuffer();
            var response = (HttpServletResponse) getResponse();
            if (passed || response.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()
                    || !response.getHeaders("Set-Cookie").isEmpty()) {
                return null;
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            if (response.getContentType() != null) {
                headers.put("Content-Type", List.of(response.getContentType()));
            }
            for (var name : response.getHeaderNames()) {
                if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) && !headers.containsKey(name)) {
                    headers.put(name, new ArrayList<>(response.getHeaders(name)));
                }
            }
            var body = bytes.toByteArray();
            return new PublishedCache.Entry(body, Map.copyOf(headers), etag(body), lastModified);
        }

        /** Sends what was written as it is, for an answer that is not kept. */
        void forward() throws IOException {
            flushBuffer();
            if (passed || getResponse().isCommitted()) {
                return;
            }
            getResponse().setContentLength(bytes.size());
            getResponse().getOutputStream().write(bytes.toByteArray());
        }
    }
}
