package org.laureate.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Notice;
import org.laureate.security.control.PasswordPolicy;
import org.laureate.security.control.ResetTokens;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.PasswordReset;
import org.laureate.security.entity.Role;

/**
 * R3.7 One-time links to choose a new password: the secretariat has one mailed to an account's holder, who opens it
 * and sets a password that nobody else learns. The old password keeps working until then.
 */
@Stateless
public class PasswordResetService {

    /** {@code LAUREATE_RESET_HOURS}: how long a reset link stays valid, in hours (24). */
    public static final String HOURS = "laureate.reset.hours";

    /** The page a reset link opens, under the application's address. */
    public static final String PAGE = "/reset.xhtml?token=";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    AccountEvents events;

    @Inject
    Event<Notice> notices;

    @Inject
    SecurityContext securityContext;

    @Inject
    @ConfigProperty(name = HOURS, defaultValue = "24")
    int hours;

    private final ResetTokens tokens = new ResetTokens();
    private final PasswordPolicy policy = new PasswordPolicy();

    /**
     * R3.7 Mails a new one-time link to the account's holder, in their language, through the outbox; any earlier link
     * still open is withdrawn. The token is in the mail only: the secretariat never sees it, and the database keeps
     * its hash.
     *
     * @param baseUrl the application's address, e.g. {@code https://laureate.example}, without a trailing slash
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void send(long accountId, @NotNull String baseUrl) {
        var account = em.find(Account.class, accountId);
        if (account == null) {
            throw new BusinessException("general.error.notFound");
        }
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
        notices.fire(Notice.of(account.getEmail(), account.getLanguage(), "account.reset", account.getFullName(),
                account.getUsername(), baseUrl + PAGE + token, hours));
        events.record(account, AccountEventKind.PASSWORD_RESET_SENT,
                securityContext.getCallerPrincipal().getName());
    }

    /** R3.7 The username a link is for, while it can still be used; empty for an unknown, used or expired link. */
    @PermitAll
    public Optional<String> usableFor(String token) {
        return find(token).filter(reset -> reset.isUsable(clock.instant()))
                .map(reset -> reset.getAccount().getUsername());
    }

    /**
     * R3.7 Sets the new password through a link, once: the link is used up, the old password stops working now, and
     * R3.9 the new one must pass the policy (a refused password leaves the link usable).
     */
    @PermitAll
    public void reset(String token, @NotNull String newPassword) {
        var reset = find(token).orElseThrow(() -> new BusinessException("reset.error.invalid"));
        em.refresh(reset, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        if (!reset.isUsable(now)) {
            throw new BusinessException("reset.error.invalid");
        }
        var account = reset.getAccount();
        policy.check(account.getUsername(), newPassword);
        reset.use(now);
        account.changePassword(passwords.hash(newPassword));
        events.withdrawOpenResets(account, now);
        events.record(account, AccountEventKind.PASSWORD_RESET, account.getUsername());
    }

    private Optional<PasswordReset> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordReset.FIND_BY_TOKEN_HASH, PasswordReset.class)
                .setParameter("tokenHash", ResetTokens.hash(token.strip()))
                .getResultStream()
                .findFirst();
    }
}
