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
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/** The way in to accounts: the secretariat opens them and assigns their roles. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Resource
    SessionContext context;

    @RolesAllowed(Role.Names.ADMIN)
    public Account create(@NotNull @Valid NewAccount form) {
        if (findByUsername(form.getUsername()).isPresent()) {
            throw new UsernameTakenException(form.getUsername());
        }
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

    /** R3.7 Replaces an account's password with one the secretariat hands over to its holder. */
    @RolesAllowed(Role.Names.ADMIN)
    public Account resetPassword(long accountId,
            @NotNull @Size(min = PasswordHashing.MIN_LENGTH, max = 200) String password) {
        var account = find(accountId);
        account.replacePassword(passwords.hash(password));
        return account;
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

    private Account find(long id) {
        var account = em.find(Account.class, id);
        if (account == null) {
            throw new BusinessException("general.error.notFound");
        }
        return account;
    }
}
