package org.laureate.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Config;
import org.laureate.platform.Country;
import org.laureate.platform.Notice;
import org.laureate.security.control.PasswordPolicy;
import org.laureate.security.control.RegistrationLimits;
import org.laureate.security.control.ResetTokens;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEvent;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.EmailConfirmation;
import org.laureate.security.entity.Role;

/**
 * The way in to accounts: the secretariat opens them and assigns their roles, an organisation that registers itself
 * opens its first one.
 */
@Stateless
public class AccountService {

    /** The audit log's subject of an account's security events. */
    public static final String SUBJECT = AccountEvents.SUBJECT;

    /** {@code LAUREATE_REGISTRATIONS_HOURLY}: anonymous registrations taken from one client address an hour (10). */
    public static final String REGISTRATIONS_HOURLY = "laureate.registrations.hourly";

    /** The page a confirmation link opens, under the application's address. */
    public static final String CONFIRM_PAGE = "/confirm.xhtml?token=";

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

    @Inject
    PasswordLinks links;

    @Inject
    Event<Notice> notices;

    @Inject
    @ConfigProperty(name = Config.BASE_URL)
    Optional<String> configuredBase;

    @Inject
    @ConfigProperty(name = REGISTRATIONS_HOURLY, defaultValue = "10")
    int perAddressHourly;

    @Inject
    @ConfigProperty(name = PasswordResetService.HOURS, defaultValue = "24")
    int confirmationHours;

    private final PasswordPolicy policy = new PasswordPolicy();
    private final ResetTokens tokens = new ResetTokens();

    /**
     * The secretariat opens an account with its roles. R3.19 It opens with no password: nobody can sign in to it until
     * its holder sets one through the one-time link mailed to its address now, in the holder's language (R3.7); the
     * secretariat never types, sees or learns it. Refused without an e-mail address.
     *
     * @param linkBase the application's address for the link when {@code laureate.base.url} is not set, without a
     *                 trailing slash
     * @throws UsernameTakenException when the username is taken; nothing is then stored or mailed
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Account create(@NotNull @Valid NewAccount form, @NotNull String linkBase) {
        if (findByUsername(form.getUsername()).isPresent()) {
            throw new UsernameTakenException(form.getUsername());
        }
        if (form.getEmail() == null || form.getEmail().isBlank()) {
            throw new BusinessException("account.error.emailNeeded");
        }
        var account = new Account(form.getUsername(), form.getFullName(), form.getEmail());
        account.assign(form.getRoles(), form.getCountry(), form.getOrganisationId());
        account.prefer(form.getLanguage());
        em.persist(account);
        em.flush();
        links.mail(account, linkBase, context.getCallerPrincipal().getName());
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
     * <p>R3.18 The account's e-mail address, given by anyone, awaits confirmation: the one mail sent to it is a
     * one-time link of fixed text, and nothing else is mailed to it until the link is opened. Refused when the
     * address, or the client address {@code requestedFrom}, has had its share of registrations.
     *
     * @param password the password its holder chose on the registration page (R3.9 applies)
     * @param linkBase the application's address for the link when {@code laureate.base.url} is not set, without a
     *                 trailing slash: the server's own, never the Host the client named
     * @throws UsernameTakenException when the username is taken; the caller's transaction then stores nothing
     */
    @PermitAll
    public Account openFirstOfOrganisation(long organisationId, @NotNull @Valid NewAccount form,
            @NotNull String password, @NotNull @Pattern(regexp = "ru|be|en") String language,
            @NotNull String requestedFrom, @NotNull String linkBase) {
        if (!ofOrganisationUnchecked(organisationId).isEmpty()) {
            throw new BusinessException("account.error.organisationHasAccount");
        }
        if (findByUsername(form.getUsername()).isPresent()) {
            throw new UsernameTakenException(form.getUsername());
        }
        if (form.getEmail() == null || form.getEmail().isBlank()) {
            throw new BusinessException("organisation.error.detailsRequired");
        }
        var now = clock.instant();
        var from = requestedFrom.length() > 100 ? requestedFrom.substring(0, 100) : requestedFrom;
        new RegistrationLimits(perAddressHourly).check(
                count(EmailConfirmation.COUNT_FOR_EMAIL, "email", EmailConfirmation.key(form.getEmail()),
                        now.minus(RegistrationLimits.EMAIL_WINDOW)),
                count(EmailConfirmation.COUNT_FROM, "address", from, now.minus(RegistrationLimits.ADDRESS_WINDOW)));
        policy.check(form.getUsername(), password);
        var account = new Account(form.getUsername(), passwords.hash(password), form.getFullName(), form.getEmail());
        account.assign(EnumSet.of(Role.ORGANISATION), null, organisationId);
        account.prefer(language);
        account.awaitEmailConfirmation();
        em.persist(account);
        var token = tokens.newToken();
        em.persist(new EmailConfirmation(account, from, ResetTokens.hash(token), now,
                now.plus(Duration.ofHours(confirmationHours))));
        var base = configuredBase.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElse(linkBase);
        notices.fire(Notice.of(account.getEmail(), language, "account.confirm", base + CONFIRM_PAGE + token,
                confirmationHours));
        return account;
    }

    private long count(String query, String parameter, String value, Instant since) {
        return em.createNamedQuery(query, Long.class).setParameter(parameter, value).setParameter("since", since)
                .getSingleResult();
    }

    /** R3.18 Whether a confirmation link can still be used: the page shows its button only then. */
    @PermitAll
    public boolean confirmationUsable(String token) {
        return findConfirmation(token).filter(confirmation -> confirmation.isUsable(clock.instant())).isPresent();
    }

    /**
     * R3.18 Confirms the e-mail address a link was mailed to, once: from now on the address may be mailed. Done by a
     * button on the link's page, never by opening the link, which a mail scanner may do.
     */
    @PermitAll
    public void confirmEmail(String token) {
        var confirmation = findConfirmation(token).orElseThrow(() -> new BusinessException("confirm.error.invalid"));
        em.refresh(confirmation, LockModeType.PESSIMISTIC_WRITE);
        if (!confirmation.isUsable(clock.instant())) {
            throw new BusinessException("confirm.error.invalid");
        }
        confirmation.confirm(clock.instant());
        events.record(confirmation.getAccount(), AccountEventKind.EMAIL_CONFIRMED,
                confirmation.getAccount().getUsername());
    }

    private Optional<EmailConfirmation> findConfirmation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(EmailConfirmation.FIND_BY_TOKEN_HASH, EmailConfirmation.class)
                .setParameter("tokenHash", ResetTokens.hash(token.strip()))
                .getResultStream()
                .findFirst();
    }

    /** R3.18 Whether an account of the organisation still awaits the confirmation of its e-mail address. */
    @RolesAllowed({Role.Names.MINISTRY, Role.Names.ADMIN})
    public boolean awaitsConfirmation(long organisationId) {
        return ofOrganisationUnchecked(organisationId).stream().anyMatch(account -> !account.isEmailConfirmed());
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
        if (!account.getPasswordHash().map(hash -> passwords.verify(currentPassword, hash)).orElse(false)) {
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

    /**
     * R9.26 The security events of these accounts since {@code since}, newest first, with each event's account: for a
     * co-chair, those of their council's members while a round is open (asked by the council's boundary, which knows
     * who sits on it).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT_CHAIR})
    public List<AccountEvent> eventsOf(@NotNull Collection<Long> accountIds, @NotNull Instant since) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(AccountEvent.FIND_OF_ACCOUNTS_SINCE, AccountEvent.class)
                .setParameter("accountIds", accountIds)
                .setParameter("since", since)
                .getResultList();
    }

    /** R9.26 The full names of these accounts, by id: a co-chair's council's members. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT_CHAIR})
    public Map<Long, String> namesOf(@NotNull Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<Long, String>();
        em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", accountIds)
                .getResultStream().forEach(account -> names.put(account.getId(), account.getFullName()));
        return names;
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
