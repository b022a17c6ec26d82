package org.laureate.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laureate.organization.entity.Organisation;
import org.laureate.organization.entity.OrganisationStatus;
import org.laureate.platform.Country;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/** The way in to nominating organisations. */
@Stateless
public class OrganisationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.MINISTRY})
    public List<Organisation> all() {
        return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).getResultList();
    }

    /** The organisation the calling organisation account speaks for. */
    @RolesAllowed(Role.Names.ORGANISATION)
    public Optional<Organisation> mine() {
        return accounts.current()
                .map(Account::getOrganisationId)
                .map(id -> em.find(Organisation.class, id));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Organisation find(long id) {
        return em.find(Organisation.class, id);
    }

    /** The number of organisations of each country in each status. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MINISTRY})
    public Map<Country, Map<OrganisationStatus, Long>> countsByCountry() {
        Map<Country, Map<OrganisationStatus, Long>> counts = new EnumMap<>(Country.class);
        for (Country country : Country.values()) {
            Map<OrganisationStatus, Long> byStatus = new EnumMap<>(OrganisationStatus.class);
            for (OrganisationStatus status : OrganisationStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(country, byStatus);
        }
        em.createNamedQuery(Organisation.COUNT_BY_COUNTRY_AND_STATUS, Object[].class).getResultList()
                .forEach(row -> counts.get((Country) row[0]).put((OrganisationStatus) row[1], (Long) row[2]));
        return counts;
    }
}
