package org.laureate.notification.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laureate.notification.control.MailServer;
import org.laureate.notification.control.MailTemplates;
import org.laureate.notification.entity.OutboxMail;
import org.laureate.platform.Notice;

/** The delivery of one mail, with the mail read under its lock from a stand-in for the database. */
class OutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private final Logger log = Logger.getLogger(MailServer.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final OutboxMail mail = new MailTemplates().write(Notice.of("org@example.by", "ru", "nomination.admitted",
            "2027-2028/BY/001", "Песни военных лет"), NOW);
    private final List<LockModeType> locks = new ArrayList<>();

    @BeforeEach
    void captureTheLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        log.removeHandler(capture);
    }

    /** An outbox whose database holds {@link #mail} alone, under the given SMTP host. */
    private Outbox outbox(Optional<String> host, int port) {
        var outbox = new Outbox();
        outbox.host = host;
        outbox.port = port;
        outbox.from = "laureate@localhost";
        outbox.user = Optional.empty();
        outbox.password = Optional.empty();
        outbox.clock = Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC);
        outbox.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("find") && arguments.length == 3) {
                        locks.add((LockModeType) arguments[2]);
                        return mail;
                    }
                    if (method.getName().equals("createNativeQuery")) {
                        return claim();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        outbox.connect();
        return outbox;
    }

    /** The claim of the mail among the servers of a cluster: this one always wins it (the database decides which). */
    private static Query claim() {
        return (Query) Proxy.newProxyInstance(OutboxTest.class.getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "setParameter" -> proxy;
                    case "getResultList" -> List.of(1L);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void r6_5_withoutAnSmtpHostAMailIsWrittenToTheLogAndCountsAsSent() {
        outbox(Optional.empty(), 25).deliver(1);

        assertThat(mail.isSent()).isTrue();
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(logged).singleElement().extracting(LogRecord::getMessage).asString()
                .contains("org@example.by", mail.getSubject(), "2027-2028/BY/001", "«Песни военных лет»");
    }

    @Test
    void r6_5_withAnSmtpHostThatCannotBeReachedTheMailIsNotSentAndWaits() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        outbox(Optional.of("127.0.0.1"), closed).deliver(1);

        assertThat(mail.isSent()).isFalse();
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getLastError()).isNotBlank();
        assertThat(logged).noneMatch(record -> String.valueOf(record.getMessage()).contains(mail.getBody()));
    }

    @Test
    void r6_4_aMailAlreadySentIsSkipped() {
        var outbox = outbox(Optional.empty(), 25);
        outbox.deliver(1);
        outbox.deliver(1);

        assertThat(locks).containsExactly(LockModeType.PESSIMISTIC_WRITE, LockModeType.PESSIMISTIC_WRITE);
        assertThat(mail.getAttempts()).as("the second delivery found it sent").isEqualTo(1);
        assertThat(logged).hasSize(1);
    }
}
