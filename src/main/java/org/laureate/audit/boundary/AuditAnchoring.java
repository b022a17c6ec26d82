package org.laureate.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laureate.audit.control.AuditAnchors;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.platform.ScheduledRuns;

/**
 * R5.10 Takes a signed checkpoint of the audit chain every minute, when the chain has grown since the last one, and
 * appends it to a file outside the database and to the server's log. Without a key ({@code laureate.audit.anchor.key},
 * {@code LAUREATE_AUDIT_ANCHOR_KEY}) nothing is anchored.
 */
@Singleton
@DependsOn("DatabaseMigrations")
@PermitAll
public class AuditAnchoring {

    public static final String KEY = "laureate.audit.anchor.key";
    public static final String FILE = "laureate.audit.anchor.file";

    private static final Logger LOG = Logger.getLogger(AuditAnchoring.class.getName());
    private static final String TASK = "audit-anchor";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> key;

    @Inject
    @ConfigProperty(name = FILE, defaultValue = "./data/audit-anchors.log")
    String file;

    /** Whether a key is configured, that is whether the chain is anchored outside the database. */
    public boolean configured() {
        return key.isPresent();
    }

    /**
     * Every minute, on the one server of a cluster that claims the minute (R20.2): several servers appending to one
     * file would each find it behind the chain and anchor the same entry.
     */
    @Schedule(second = "20", minute = "*", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    public void everyMinute() {
        if (key.isPresent() && runs.claim(TASK, clock.instant().getEpochSecond() / 60)) {
            anchor();
        }
    }

    /** Anchors the chain's latest entry unless the file's last anchor already names it. */
    @Lock(LockType.WRITE)
    public void anchor() {
        if (key.isEmpty()) {
            return;
        }
        var latest = em.createNamedQuery(AuditEntry.FIND_IN_ORDER_DESCENDING, AuditEntry.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        var anchors = new AuditAnchors(key.get());
        var recorded = anchors().orElseThrow(() -> new IllegalStateException("The audit anchors in " + file
                + " are not all signed with the key: nothing more is anchored until they are looked into"));
        if (latest.isEmpty() || !recorded.isEmpty()
                && recorded.get(recorded.size() - 1).entryId() >= latest.get().getId()) {
            return;
        }
        var line = anchors.line(new AuditAnchors.Anchor(latest.get().getId(), latest.get().getHash(),
                clock.instant()));
        try {
            var path = Path.of(file);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit anchors " + file, e);
        }
        LOG.info("Audit anchor " + line);
    }

    /**
     * The anchors of the file, each read and its signature checked, in the order they were taken; none without a
     * key or a file; nothing at all when a line is malformed or signed with another key (the anchors were tampered
     * with).
     */
    @Lock(LockType.READ)
    public Optional<List<AuditAnchors.Anchor>> anchors() {
        if (key.isEmpty() || !Files.exists(Path.of(file))) {
            return Optional.of(List.of());
        }
        var anchors = new AuditAnchors(key.get());
        try (var lines = Files.lines(Path.of(file), StandardCharsets.UTF_8)) {
            return Optional.of(lines.filter(line -> !line.isBlank()).map(anchors::read).toList());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchors " + file, e);
        }
    }
}
