package org.laureate.security.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Config;
import org.laureate.platform.Notice;
import org.laureate.security.control.ResetTokens;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.PasswordReset;

/**
 * R3.7, R3.19 Issues the one-time links to choose a password, in the caller's transaction: withdraws the links the
 * account still has open, keeps the new token's SHA-256 only, mails the token to the holder in their language through
 * the outbox and records the event (R3.13). The mail of an account whose holder has set no password yet says that the
 * secretariat opened it; the others', that a new password may be chosen.
 */
@Dependent
class PasswordLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountEvents events;

    @Inject
    Event<Notice> notices;

    @Inject
    @ConfigProperty(name = PasswordResetService.HOURS, defaultValue = "24")
    int hours;

    @Inject
    @ConfigProperty(name = Config.BASE_URL)
    Optional<String> configuredBase;

    private final ResetTokens tokens = new ResetTokens();

    /**
     * Mails a new link to the account's holder; nothing of it is returned.
     *
     * @param requestBase the application's address when {@code laureate.base.url} is not set, without a trailing slash
     * @param actor       who asked for it, as the event and the audit name them
     */
    void mail(Account account, String requestBase, String actor) {
        if (account.getEmail() == null) {
            throw new BusinessException("reset.error.noEmail", account.getUsername());
        }
        if (!account.isEmailConfirmed()) {
            throw new BusinessException("reset.error.unconfirmed", account.getUsername());
        }
        var now = clock.instant();
        events.withdrawOpenResets(account, now);
        var token = tokens.newToken();
        em.persist(new PasswordReset(account, ResetTokens.hash(token), now, now.plus(Duration.ofHours(hours))));
        var base = configuredBase.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElse(requestBase);
        var first = !account.hasPassword();
        notices.fire(Notice.of(account.getEmail(), account.getLanguage(), first ? "account.opened" : "account.reset",
                account.getFullName(), account.getUsername(), base + PasswordResetService.PAGE + token, hours));
        events.record(account, first ? AccountEventKind.FIRST_PASSWORD_SENT : AccountEventKind.PASSWORD_RESET_SENT,
                actor);
    }
}
