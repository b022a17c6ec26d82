package org.laureate.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import org.laureate.platform.BusinessException;
import org.laureate.security.control.PasswordPolicy;
import org.laureate.security.control.ResetTokens;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.PasswordReset;
import org.laureate.security.entity.Role;

/**
 * R3.7 One-time links to choose a new password: the secretariat has one mailed to an account's holder, who opens it
 * and sets a password that nobody else learns. The old password keeps working until then. R3.19 The holder of an
 * account the secretariat opened sets its first password through such a link too.
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
    PasswordLinks links;

    @Inject
    SecurityContext securityContext;

    private final PasswordPolicy policy = new PasswordPolicy();

    /**
     * R3.7 Mails a new one-time link to the account's holder, in their language, through the outbox; any earlier link
     * still open is withdrawn. The token is in the mail only: the secretariat never sees it, and the database keeps
     * its hash. R3.19 To a holder who has set no password yet, the mail is the one of an opened account: so the
     * secretariat sends that link again, and the earlier one stops working.
     *
     * @param baseUrl the application's address, e.g. {@code https://laureate.example}, without a trailing slash,
     *                used when {@code laureate.base.url} is not set
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void send(long accountId, @NotNull String baseUrl) {
        var account = em.find(Account.class, accountId);
        if (account == null) {
            throw new BusinessException("general.error.notFound");
        }
        links.mail(account, baseUrl, securityContext.getCallerPrincipal().getName());
    }

    /** R3.7 The username a link is for, while it can still be used; empty for an unknown, used or expired link. */
    @PermitAll
    public Optional<String> usableFor(String token) {
        return find(token).filter(reset -> reset.isUsable(clock.instant()))
                .map(reset -> reset.getAccount().getUsername());
    }

    /** R3.19 Whether a usable link is for an account whose holder has set no password yet. */
    @PermitAll
    public boolean setsFirstPassword(String token) {
        return find(token).filter(reset -> reset.isUsable(clock.instant()))
                .filter(reset -> !reset.getAccount().hasPassword()).isPresent();
    }

    /**
     * R3.7 Sets the new password through a link, once: the link is used up, the old password stops working now, and
     * R3.9 the new one must pass the policy (a refused password leaves the link usable). R3.19 The first password of
     * an account opened by the secretariat is set the same way, and recorded as such.
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
        var first = !account.hasPassword();
        reset.use(now);
        account.changePassword(passwords.hash(newPassword));
        events.withdrawOpenResets(account, now);
        events.record(account, first ? AccountEventKind.FIRST_PASSWORD_SET : AccountEventKind.PASSWORD_RESET,
                account.getUsername());
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
