package org.laureate.security.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.laureate.platform.Country;
import org.laureate.security.control.Usernames;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * What the secretariat enters to open an account (and an organisation's registration for its first one): never a
 * password, which the holder alone chooses (R3.7, R3.19).
 */
public class NewAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Pattern(regexp = Account.USERNAME_PATTERN, message = "{account.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @Email
    @Size(max = 200)
    private String email;

    /** The language the holder reads mail in, the link to set the password included. */
    @NotNull
    @Pattern(regexp = "ru|be|en")
    private String language = "ru";

    @NotNull
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Country country;

    private Long organisationId;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = Usernames.normalise(username);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
