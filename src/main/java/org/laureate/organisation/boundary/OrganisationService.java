package org.laureate.organisation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationStatus;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.Notice;
import org.laureate.platform.StateChange;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.boundary.NewAccount;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * The way in to nominating organisations: they register themselves; the ministry of their country verifies or rejects
 * them (R2.6: a ministry sees and decides only its own country's, by its account, whatever it asks for); the
 * secretariat reads them all and opens further accounts for them. Every change fires a {@link StateChange}; every
 * registration and decision a {@link Notice} to the organisation's contact.
 */
@Stateless
public class OrganisationService {

    /** The audit trail's name for an organisation. */
    public static final String SUBJECT = "Organisation";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<Notice> notices;

    @Resource
    SessionContext context;

    /**
     * Registers an organisation, PENDING, with its first user account (R2.1, R2.5, R3.6). Open to everyone: this is how
     * an organisation comes to the platform. A taken username stores nothing (R2.7). R3.18 The only mail sent is the
     * link that confirms the contact's address, of fixed text: nothing the registration typed reaches anyone's mail.
     */
    @PermitAll
    public Organisation register(@NotNull @Valid Registration form) {
        if (!form.passwordsMatch()) {
            throw new BusinessException("registration.error.passwordsDiffer");
        }
        var organisation = Organisation.register(form.getNameRu(), form.getNameBe(), form.getKind(),
                form.getCountry(), form.details(), form.getLanguage(), clock.instant());
        em.persist(organisation);
        em.flush();
        accounts.openFirstOfOrganisation(organisation.getId(), form.firstAccount(), form.getPassword(),
                form.getLanguage(), form.getRequestedFrom(), form.getLinkBase());
        changes.fire(new StateChange(SUBJECT, organisation.getId().toString(), "register", null,
                organisation.getStatus().name()));
        return organisation;
    }

    /** The organisations the caller may see: every one for the secretariat, its own country's for a ministry. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MINISTRY})
    public List<Organisation> all() {
        var country = visibleCountry();
        return country.isEmpty()
                ? em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).getResultList()
                : em.createNamedQuery(Organisation.FIND_BY_COUNTRY, Organisation.class)
                        .setParameter("country", country.get())
                        .getResultList();
    }

    /** As {@link #all()}, only those in {@code status}; every status when it is {@code null}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MINISTRY})
    public List<Organisation> withStatus(OrganisationStatus status) {
        return all().stream().filter(organisation -> status == null || organisation.getStatus() == status).toList();
    }

    /** The organisation the calling organisation account speaks for. */
    @RolesAllowed(Role.Names.ORGANISATION)
    public Optional<Organisation> mine() {
        return accounts.current()
                .map(Account::getOrganisationId)
                .map(id -> em.find(Organisation.class, id));
    }

    /** One organisation, if the caller may see it (R2.6). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MINISTRY})
    public Organisation find(long id) {
        var organisation = em.find(Organisation.class, id);
        var country = visibleCountry();
        if (organisation == null || country.isPresent() && organisation.getCountry() != country.get()) {
            throw new BusinessException("general.error.notFound");
        }
        return organisation;
    }

    /**
     * The ministry of the organisation's country verifies it (R2.1, R2.3), unless it changed since read; R3.18 not
     * before its contact has confirmed their e-mail address, so that no mail goes to an address nobody confirmed.
     */
    @RolesAllowed(Role.Names.MINISTRY)
    public Organisation verify(long id, int version) {
        var organisation = toDecide(id, version);
        if (accounts.awaitsConfirmation(organisation.getId())) {
            throw new BusinessException("organisation.error.unconfirmed");
        }
        organisation.verify();
        changes.fire(new StateChange(SUBJECT, organisation.getId().toString(), "verify",
                OrganisationStatus.PENDING.name(), organisation.getStatus().name()));
        notify(organisation, "organisation.verified", organisation.getNameRu());
        return organisation;
    }

    /** The ministry of the organisation's country rejects it, with a reason the organisation reads (R2.3, R2.4). */
    @RolesAllowed(Role.Names.MINISTRY)
    public Organisation reject(long id, int version, @NotBlank @Size(max = Organisation.REASON_MAX) String reason) {
        var organisation = toDecide(id, version);
        organisation.reject(reason);
        changes.fire(new StateChange(SUBJECT, organisation.getId().toString(), "reject",
                OrganisationStatus.PENDING.name(), organisation.getStatus().name() + ": "
                + organisation.getDecisionReason()));
        notify(organisation, "organisation.rejected", organisation.getNameRu(), organisation.getDecisionReason());
        return organisation;
    }

    /** The accounts of an organisation (the secretariat). */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Account> users(long id) {
        return accounts.ofOrganisation(find(id).getId());
    }

    /**
     * The secretariat opens a further user account of an organisation (an organisation may have several); R3.19 its
     * holder sets the password through the link mailed to them.
     *
     * @param linkBase the application's address for that link when {@code laureate.base.url} is not set
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Account addUser(long id, @NotNull @Valid NewAccount form, @NotNull String linkBase) {
        var organisation = find(id);
        form.setRoles(EnumSet.of(Role.ORGANISATION));
        form.setCountry(null);
        form.setOrganisationId(organisation.getId());
        var account = accounts.create(form, linkBase);
        changes.fire(new StateChange(SUBJECT, organisation.getId().toString(), "addUser", null,
                account.getUsername()));
        return account;
    }

    /**
     * The number of organisations of each country in each status: both countries for the secretariat, its own for a
     * ministry (R2.6).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MINISTRY})
    public Map<Country, Map<OrganisationStatus, Long>> countsByCountry() {
        var visible = visibleCountry().map(EnumSet::of).orElseGet(() -> EnumSet.allOf(Country.class));
        Map<Country, Map<OrganisationStatus, Long>> counts = new EnumMap<>(Country.class);
        for (Country country : visible) {
            Map<OrganisationStatus, Long> byStatus = new EnumMap<>(OrganisationStatus.class);
            for (OrganisationStatus status : OrganisationStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(country, byStatus);
        }
        em.createNamedQuery(Organisation.COUNT_BY_COUNTRY_AND_STATUS, Object[].class).getResultList()
                .stream()
                .filter(row -> visible.contains((Country) row[0]))
                .forEach(row -> counts.get((Country) row[0]).put((OrganisationStatus) row[1], (Long) row[2]));
        return counts;
    }

    /** R2.6 The country a ministry caller is limited to; empty for the secretariat, who sees both. */
    private Optional<Country> visibleCountry() {
        if (context.isCallerInRole(Role.Names.ADMIN)) {
            return Optional.empty();
        }
        var country = accounts.current().map(Account::getCountry)
                .orElseThrow(() -> new BusinessException("general.error.notFound"));
        return Optional.of(country);
    }

    private Organisation toDecide(long id, int version) {
        var organisation = em.find(Organisation.class, id);
        var country = accounts.current().map(Account::getCountry).orElse(null);
        if (organisation == null || organisation.getCountry() != country) {
            throw new BusinessException("general.error.notFound");
        }
        if (organisation.getVersion() != version) {
            throw new OptimisticLockException(organisation);
        }
        return organisation;
    }

    /** R3.18 Mails the contact, unless the address given at registration awaits its confirmation. */
    private void notify(Organisation organisation, String key, Object... arguments) {
        if (organisation.getContactEmail() != null && !accounts.awaitsConfirmation(organisation.getId())) {
            notices.fire(Notice.of(organisation.getContactEmail(), organisation.getContactLanguage(), key, arguments));
        }
    }
}
