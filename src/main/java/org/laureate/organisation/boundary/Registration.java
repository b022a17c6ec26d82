package org.laureate.organisation.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import org.laureate.organisation.entity.LegalDetails;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.platform.Country;
import org.laureate.security.boundary.NewAccount;
import org.laureate.security.boundary.PasswordHashing;
import org.laureate.security.entity.Account;

/** What an organisation enters to register itself and its first user. */
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 300)
    private String nameRu;

    @Size(max = 300)
    private String nameBe;

    @NotNull
    private OrganisationKind kind;

    @NotNull
    private Country country;

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[0-9 ]+", message = "{organisation.legalNumber.pattern}")
    private String legalNumber;

    @NotBlank
    @Size(max = 500)
    private String address;

    @NotBlank
    @Size(max = 200)
    private String contactPerson;

    @NotBlank
    @Email
    @Size(max = 200)
    private String contactEmail;

    @NotBlank
    @Pattern(regexp = Account.USERNAME_PATTERN, message = "{account.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotNull
    @Size(min = PasswordHashing.MIN_LENGTH, max = 200)
    private String password;

    @NotNull
    @Size(min = PasswordHashing.MIN_LENGTH, max = 200)
    private String passwordRepeated;

    @NotNull
    @Pattern(regexp = "ru|be|en")
    private String language = "ru";

    /** The client address the registration came from (R3.18), set by the page, never typed. */
    private String requestedFrom;

    /** The server's own address for the confirmation link (R3.18), set by the page, never typed. */
    private String linkBase;

    LegalDetails details() {
        return new LegalDetails(legalNumber, address, contactPerson, contactEmail);
    }

    /** The first user's account, whose mail goes to the contact email. */
    NewAccount firstAccount() {
        var account = new NewAccount();
        account.setUsername(username);
        account.setFullName(fullName);
        account.setEmail(contactEmail);
        return account;
    }

    public String getRequestedFrom() {
        return requestedFrom;
    }

    /** The page gives the request's client address (R3.18). */
    public void arrivedFrom(String clientAddress, String serverBase) {
        this.requestedFrom = clientAddress;
        this.linkBase = serverBase;
    }

    public String getLinkBase() {
        return linkBase;
    }

    boolean passwordsMatch() {
        return password != null && password.equals(passwordRepeated);
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameBe() {
        return nameBe;
    }

    public void setNameBe(String nameBe) {
        this.nameBe = nameBe;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public String getLegalNumber() {
        return legalNumber;
    }

    public void setLegalNumber(String legalNumber) {
        this.legalNumber = legalNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null ? null : contactEmail.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeated() {
        return passwordRepeated;
    }

    public void setPasswordRepeated(String passwordRepeated) {
        this.passwordRepeated = passwordRepeated;
    }

    /** The language the contact reads mail in: {@code ru}, {@code be} or {@code en}. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
