package org.laureate.security.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.laureate.platform.Country;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Role;

/**
 * The signed-in person, as the pages need them: name, roles, country, organisation and home page. The caller is asked
 * of the current request (a proxy the session can carry), not of the security API's {@code SecurityContext}, whose
 * instance a session cannot be written with.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private String username;
    private String fullName;
    private Country country;
    private Long organisationId;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    private void load() {
        var principal = request.getUserPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null ? username == null : name.equals(username)) {
            return;
        }
        username = name;
        roles.clear();
        fullName = null;
        country = null;
        organisationId = null;
        accounts.current().ifPresent(account -> {
            fullName = account.getFullName();
            country = account.getCountry();
            roles.addAll(account.getRoles());
            organisationId = account.getOrganisationId();
        });
    }

    public String getFullName() {
        load();
        return fullName;
    }

    public Country getCountry() {
        load();
        return country;
    }

    public Long getOrganisationId() {
        load();
        return organisationId;
    }

    public boolean has(Role role) {
        return request.isUserInRole(role.name());
    }

    /** The dashboard of the caller's first role, in the order below. */
    public String getHome() {
        for (Role role : new Role[] {Role.ADMIN, Role.COUNCIL, Role.EXPERT_CHAIR, Role.EXPERT, Role.MINISTRY,
            Role.ORGANISATION}) {
            if (has(role)) {
                return DashboardPages.of(role);
            }
        }
        return "/index.xhtml";
    }
}
