package org.laureate.scoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.control.MemberSecret;
import org.laureate.scoring.entity.MemberKey;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Role;

/**
 * Opens a member's secret with the password they have just signed in with (R9.4–R9.5). The secret leaves this
 * service only to the member's own session.
 */
@Stateless
@RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
public class KeyringService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    /**
     * R9.11 The caller's secret, opened with their password; on the first sign-in, or when the password no longer
     * opens it (it was reset), a new secret is issued: ballots cast under the old one still count, they can no longer
     * be changed.
     */
    public MemberSecret open(char[] password) {
        var account = accounts.current().orElseThrow(() -> new BusinessException("general.error.notFound"));
        var stored = em.find(MemberKey.class, account.getId());
        if (stored != null) {
            var opened = MemberSecret.open(new MemberSecret.Sealed(stored.getSalt(), stored.getSealedSecret()),
                    password);
            if (opened.isPresent()) {
                return opened.get();
            }
            em.remove(stored);
            em.flush();
        }
        var secret = MemberSecret.generate();
        var sealed = secret.sealUnder(password);
        em.persist(new MemberKey(account.getId(), sealed.salt(), sealed.sealedSecret()));
        return secret;
    }
}
