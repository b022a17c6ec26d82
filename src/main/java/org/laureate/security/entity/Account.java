package org.laureate.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.SealedColumn;

/**
 * A person who signs in, with the roles they hold. The password is kept only as a PBKDF2 hash; an account the
 * secretariat has opened keeps none until its holder sets the first one through a mailed link (R3.19).
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.FIND_BY_ORGANISATION,
        query = "SELECT a FROM Account a WHERE a.organisationId = :organisationId ORDER BY a.username")
@NamedQuery(name = Account.FIND_ALL, query = "SELECT a FROM Account a ORDER BY a.username")
@NamedQuery(name = Account.COUNT_BY_ROLE, query = "SELECT r, COUNT(a) FROM Account a JOIN a.roles r GROUP BY r")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String FIND_ALL = "Account.findAll";
    public static final String FIND_BY_ORGANISATION = "Account.findByOrganisation";
    public static final String COUNT_BY_ROLE = "Account.countByRole";
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";

    /**
     * R3.19 What the password's column holds while the holder has set no password: not a PBKDF2 hash, so that no
     * password can match it.
     */
    static final String NO_PASSWORD = "!";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = USERNAME_PATTERN)
    private String username;

    @NotBlank
    @Column(name = "password_hash")
    private String passwordHash;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name")
    private String fullName;

    @Email
    @Size(max = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    private Country country;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Pattern(regexp = "ru|be|en")
    private String language;

    private boolean enabled;

    @Column(name = "email_confirmed")
    private boolean emailConfirmed = true;

    /** R3.20 Stored sealed under the server's seal, as the ballots' private keys are. */
    @Column(name = "second_factor_secret")
    @Convert(converter = SealedColumn.class)
    private String totpSecret;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private int version;

    protected Account() {
    }

    /** An account whose password is already chosen: its holder's own, or the demo data's and the tests'. */
    public Account(String username, String passwordHash, String fullName, String email) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.fullName = Objects.requireNonNull(fullName);
        this.email = email == null || email.isBlank() ? null : email;
        this.enabled = true;
    }

    /**
     * R3.19 An account opened by the secretariat: it has no password, so nobody can sign in to it, until its holder
     * sets one through the link mailed to {@code email}.
     */
    public Account(String username, String fullName, String email) {
        this(username, NO_PASSWORD, fullName, Objects.requireNonNull(email));
    }

    /**
     * R3.1 A ministry account speaks for one country; R3.2 an organisation account for one organisation; R3.3 a
     * co-chair is also a member of the Expert Council.
     */
    public void assign(Set<Role> newRoles, Country newCountry, Long newOrganisationId) {
        Set<Role> assigned = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        if (assigned.contains(Role.MINISTRY) && newCountry == null) {
            throw new BusinessException("account.error.ministryNeedsCountry");
        }
        if (assigned.contains(Role.ORGANISATION) && newOrganisationId == null) {
            throw new BusinessException("account.error.organisationNeeded");
        }
        if (assigned.contains(Role.EXPERT_CHAIR)) {
            assigned.add(Role.EXPERT);
        }
        roles.clear();
        roles.addAll(assigned);
        country = assigned.contains(Role.MINISTRY) ? newCountry : null;
        organisationId = assigned.contains(Role.ORGANISATION) ? newOrganisationId : null;
    }

    /**
     * R3.7, R3.8, R3.19 Sets a new password, chosen by the holder (through a mailed link or with their current
     * password); the old one stops opening the account only now.
     */
    public void changePassword(String newPasswordHash) {
        passwordHash = Objects.requireNonNull(newPasswordHash);
    }

    /** The PBKDF2 hash of the password, for the sign-in's check; empty while the holder has set none (R3.19). */
    public Optional<String> getPasswordHash() {
        return hasPassword() ? Optional.of(passwordHash) : Optional.empty();
    }

    /** R3.19 Whether the holder has set a password: an account the secretariat opened has none until then. */
    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    /** R3.10 Whether the account's roles ask for a second factor at sign-in. */
    public boolean needsSecondFactor() {
        return roles.stream().anyMatch(Role::needsSecondFactor);
    }

    /** Whether a second factor has been enrolled (and not reset since). */
    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** The shared secret of the second factor (Base32), when enrolled. */
    public String getSecondFactorSecret() {
        return totpSecret;
    }

    /**
     * R3.10 Enrols a second factor whose first code, of time step {@code usedStep}, has just been checked: that code
     * is used up.
     */
    public void enrolSecondFactor(String secret, long usedStep) {
        totpSecret = Objects.requireNonNull(secret);
        totpLastStep = usedStep;
    }

    /** R3.12 Forgets the second factor; the next sign-in enrols a new one. */
    public void resetSecondFactor() {
        totpSecret = null;
        totpLastStep = null;
    }

    /**
     * R3.11 Uses up the code of a time step: refused when that step, or a later one, has been used already, so that no
     * code opens the account twice.
     */
    public boolean useStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** The last time step whose code was accepted, if any. */
    public Long getLastUsedStep() {
        return totpLastStep;
    }

    /** R3.18 The e-mail address was given by an anonymous registration: nothing but its link is mailed to it yet. */
    public void awaitEmailConfirmation() {
        emailConfirmed = false;
    }

    /** R3.18 The holder opened the confirmation link: the address may be mailed. */
    public void confirmEmail() {
        emailConfirmed = true;
    }

    /** R3.18 Whether mail may go to the account's address (an address the secretariat entered always may). */
    public boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    public void enable(boolean on) {
        enabled = on;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Country getCountry() {
        return country;
    }

    /** The nominating organisation an {@link Role#ORGANISATION} account speaks for. */
    public Long getOrganisationId() {
        return organisationId;
    }

    /** The language the person reads mail in: {@code ru}, {@code be} or {@code en}. */
    public String getLanguage() {
        return language == null ? "ru" : language;
    }

    public void prefer(String newLanguage) {
        language = newLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
