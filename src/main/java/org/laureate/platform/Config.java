package org.laureate.platform;

/** Names of the application's settings (MicroProfile Config; each is overridden by its environment variable). */
public final class Config {

    /** {@code LAUREATE_DB_URL}: the JDBC URL; the embedded H2 file database when unset. */
    public static final String DB_URL = "laureate.db.url";

    /**
     * {@code LAUREATE_DEMO}: {@code auto} (load the demo data into the embedded database only), {@code true} or
     * {@code false}.
     */
    public static final String DEMO = "laureate.demo";

    /**
     * {@code LAUREATE_BASE_URL}: the application's address as people reach it (e.g. {@code https://laureate.example}),
     * for the links in mails; unset, the address of the request that sends the mail.
     */
    public static final String BASE_URL = "laureate.base.url";

    /**
     * {@code LAUREATE_PROXIES}: the addresses of the reverse proxies in front of the application, comma-separated;
     * only from them is {@code X-Forwarded-For} believed (R20.4). Unset, none.
     */
    public static final String PROXIES = "laureate.proxies";

    private Config() {
    }
}
