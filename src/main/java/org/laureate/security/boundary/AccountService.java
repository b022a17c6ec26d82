package org.laureate.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.security.control.PasswordPolicy;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEvent;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.Role;

/** The way in to accounts: the secretariat opens them and assigns their roles. */
@Stateless
public class AccountService {

    /** The audit log's subject of an account's security events. */
    public static final String SUBJECT = AccountEvents.SUBJECT;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AccountEvents events;

    private final PasswordPolicy policy = new PasswordPolicy();

    @RolesAllowed(Role.Names.ADMIN)
    public Account create(@NotNull @Valid NewAccount form) {
        if (findByUsername(form.getUsername()).isPresent()) {
            throw new UsernameTakenException(form.getUsername());
        }
        policy.check(form.getUsername(), form.getPassword());
        var account = new Account(form.getUsername(), passwords.hash(form.getPassword()), form.getFullName(),
                form.getEmail());
        account.assign(form.getRoles(), form.getCountry(), form.getOrganisationId());
        em.persist(account);
        return account;
    }

    /**
     * Opens the first account of a nominating organisation that has just registered itself, with the organisation role
     * only (R3.2) and the language its holder reads mail in.
     *
     * <p>Permitted to everyone because an organisation registers itself on the public registration page before any of
     * its people can sign in. It cannot be used to enter an existing organisation or to gain another role: it grants
     * {@link Role#ORGANISATION} alone, and refuses an organisation that has an account already (R3.6). Further accounts
     * of an organisation are opened by the secretariat through {@link #create}.
     *
     * @throws UsernameTakenException when the username is taken; the caller's transaction then stores nothing
     */
    @PermitAll
    public Account openFirstOfOrganisation(long organisationId, @NotNull @Valid NewAccount form,
            @NotNull @Pattern(regexp = "ru|be|en") String language) {
        if (!ofOrganisationUnchecked(organisationId).isEmpty()) {
            throw new BusinessException("account.error.organisationHasAccount");
        }
        if (findByUsername(form.getUsername()).isPresent()) {
            throw new UsernameTakenException(form.getUsername());
        }
        policy.check(form.getUsername(), form.getPassword());
        var account = new Account(form.getUsername(), passwords.hash(form.getPassword()), form.getFullName(),
                form.getEmail());
        account.assign(EnumSet.of(Role.ORGANISATION), null, organisationId);
        account.prefer(language);
        em.persist(account);
        return account;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Account assign(long accountId, @NotNull Set<Role> roles, Country country, Long organisationId) {
        var account = find(accountId);
        account.assign(roles, country, organisationId);
        return account;
    }

    /**
     * R3.8 The signed-in holder changes their own password, giving their current one; R3.9 the new one must pass the
     * policy. Any reset link still open is withdrawn.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ORGANISATION, Role.Names.MINISTRY, Role.Names.EXPERT,
        Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public void changePassword(@NotNull String currentPassword, @NotNull String newPassword) {
        var account = current().orElseThrow(() -> new BusinessException("general.error.notFound"));
        if (!passwords.verify(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("password.error.current");
        }
        policy.check(account.getUsername(), newPassword);
        account.changePassword(passwords.hash(newPassword));
        events.withdrawOpenResets(account, clock.instant());
        record(account, AccountEventKind.PASSWORD_CHANGED);
    }

    /** R3.12 Forgets an account's second factor: its next sign-in enrols a new one. */
    @RolesAllowed(Role.Names.ADMIN)
    public Account resetSecondFactor(long accountId) {
        var account = find(accountId);
        account.resetSecondFactor();
        record(account, AccountEventKind.SECOND_FACTOR_RESET);
        return account;
    }

    /** R3.13 The security events of the signed-in caller's own account, newest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ORGANISATION, Role.Names.MINISTRY, Role.Names.EXPERT,
        Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public List<AccountEvent> myEvents() {
        return current().map(account -> em.createNamedQuery(AccountEvent.FIND_BY_ACCOUNT, AccountEvent.class)
                .setParameter("account", account)
                .getResultList()).orElse(List.of());
    }

    /** R3.13 The latest security events of every account, newest first, at most {@code max}. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AccountEvent> recentEvents(int max) {
        return em.createNamedQuery(AccountEvent.FIND_RECENT, AccountEvent.class).setMaxResults(max).getResultList();
    }

    private void record(Account account, AccountEventKind kind) {
        events.record(account, kind, context.getCallerPrincipal().getName());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Account enable(long accountId, boolean enabled) {
        var account = find(accountId);
        account.enable(enabled);
        return account;
    }

    /** The accounts of one nominating organisation. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Account> ofOrganisation(long organisationId) {
        return ofOrganisationUnchecked(organisationId);
    }

    private List<Account> ofOrganisationUnchecked(long organisationId) {
        return em.createNamedQuery(Account.FIND_BY_ORGANISATION, Account.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<Account> all() {
        return em.createNamedQuery(Account.FIND_ALL, Account.class).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Map<Role, Long> countsByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        em.createNamedQuery(Account.COUNT_BY_ROLE, Object[].class).getResultList()
                .forEach(row -> counts.put((Role) row[0], (Long) row[1]));
        return counts;
    }

    /** The signed-in caller's own account; empty for the anonymous public. */
    @PermitAll
    public Optional<Account> current() {
        var principal = context.getCallerPrincipal();
        return principal == null ? Optional.empty() : findByUsername(principal.getName());
    }

    /** The users of one nominating organisation, to tell them of a decision on its petition. */
    @RolesAllowed({Role.Names.MINISTRY, Role.Names.ADMIN})
    public List<Account> membersOf(long organisationId) {
        return em.createNamedQuery(Account.FIND_BY_ORGANISATION, Account.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    private Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    Account find(long id) {
        var account = em.find(Account.class, id);
        if (account == null) {
            throw new BusinessException("general.error.notFound");
        }
        return account;
    }
}
