package org.laureate.publication.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.laureate.platform.StateChange;
import org.laureate.publication.boundary.LaureateService;

/**
 * R14.7 The published pages and open data as they were last rendered, by address and language, until something
 * published changes. The fingerprint of the published data ({@link LaureateService#fingerprint()}) is read again at
 * most once a second, and at once after any change of state committed on this server: when it differs, every copy is
 * dropped. So each server of a cluster notices another server's publication within a second, without a message
 * between them.
 */
@ApplicationScoped
public class PublishedCache {

    /** How many addresses are kept at most; beyond, pages are rendered each time (a crawler's endless queries). */
    static final int MAX_ENTRIES = 2_000;
    private static final long CHECK_MILLIS = 1_000;

    @Inject
    LaureateService laureates;

    @Inject
    Clock clock;

    private volatile Generation current = new Generation("", Instant.EPOCH);
    private volatile long checkedAt;
    private volatile long checkedChanges;
    private final AtomicLong changes = new AtomicLong();
    private final AtomicBoolean checking = new AtomicBoolean();

    /** One rendering: its bytes, the headers it was sent with, its validator and when it was made. */
    record Entry(byte[] body, Map<String, List<String>> headers, String etag, Instant lastModified) {
    }

    /** The copies made while the published data had one fingerprint. */
    record Generation(String fingerprint, Instant since, Map<String, Entry> entries) {

        Generation(String fingerprint, Instant since) {
            this(fingerprint, since, new ConcurrentHashMap<>());
        }
    }

    /** The generation to read from and to store into; the fingerprint is compared first when it is due. */
    Generation generation() {
        var now = System.currentTimeMillis();
        var seen = changes.get();
        if ((now - checkedAt >= CHECK_MILLIS || seen != checkedChanges) && checking.compareAndSet(false, true)) {
            try {
                var fingerprint = laureates.fingerprint();
                if (!fingerprint.equals(current.fingerprint())) {
                    current = new Generation(fingerprint, clock.instant().truncatedTo(ChronoUnit.SECONDS));
                }
                checkedAt = now;
                checkedChanges = seen;
            } finally {
                checking.set(false);
            }
        }
        return current;
    }

    /** Keeps a rendering in the generation it was rendered for; a generation replaced meanwhile is simply dropped. */
    void store(Generation generation, String key, Entry entry) {
        if (generation.entries().size() < MAX_ENTRIES) {
            generation.entries().put(key, entry);
        }
    }

    /** After any change of state on this server, the fingerprint is read again on the next request. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) StateChange change) {
        changes.incrementAndGet();
    }
}
