package org.laureate.nomination.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.laureate.nomination.entity.Material;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.BusinessException;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Role;

/** Opens a petition's material for those who may read it. */
@Stateless
public class MaterialService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    /**
     * R4.18 A material is readable by its own organisation, by the ministry of the petition's country once the petition
     * has been submitted, by the Expert Council once the petition has been admitted, and by the secretariat; to anyone
     * else it does not exist.
     */
    @RolesAllowed({Role.Names.ORGANISATION, Role.Names.MINISTRY, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR,
        Role.Names.ADMIN})
    public Material open(long materialId) {
        var material = em.find(Material.class, materialId);
        var account = accounts.current().orElseThrow(() -> new BusinessException("general.error.notFound"));
        if (material == null) {
            throw new BusinessException("general.error.notFound");
        }
        var nomination = material.getNomination();
        boolean owner = account.has(Role.ORGANISATION)
                && nomination.getOrganisation().getId().equals(account.getOrganisationId());
        boolean ministry = account.has(Role.MINISTRY) && nomination.getCountry() == account.getCountry()
                && nomination.getStatus() != NominationStatus.DRAFT;
        boolean council = account.has(Role.EXPERT) && nomination.getStatus() == NominationStatus.ADMITTED;
        if (!(owner || ministry || council || account.has(Role.ADMIN))) {
            throw new BusinessException("general.error.notFound");
        }
        return material;
    }
}
