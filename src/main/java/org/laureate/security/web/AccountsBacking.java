package org.laureate.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.platform.Country;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.boundary.NewAccount;
import org.laureate.security.boundary.PasswordResetService;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEvent;
import org.laureate.security.entity.Role;
import org.omnifaces.util.Messages;

/**
 * The secretariat's page of accounts: opens an account with its roles, whose holder is mailed a link to set its
 * password (R3.19), and sends that link again; enables and disables accounts, mails a one-time link to choose a new
 * password (R3.7), resets a second factor (R3.12) and shows the latest security events (R3.13). Accounts of a
 * nominating organisation are opened from the organisation's page.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many security events the page shows. */
    private static final int EVENTS = 50;

    @Inject
    AccountService accounts;

    @Inject
    PasswordResetService resets;

    @Inject
    BaseUrl baseUrl;

    private NewAccount form = new NewAccount();
    private List<Account> list;
    private List<AccountEvent> events;
    private Long chosenAccountId;

    @PostConstruct
    void load() {
        list = accounts.all();
        events = accounts.recentEvents(EVENTS);
    }

    /** R3.19 Opens the account; its holder is mailed the link to set its password. */
    public void create() {
        var account = accounts.create(form, baseUrl.get());
        Messages.addGlobalInfo("account.created", account.getUsername(), account.getEmail());
        form = new NewAccount();
        load();
    }

    /** R3.19 Mails the holder of an account that has no password yet a new link to set it; the earlier one lapses. */
    public void sendAgain(Account account) {
        resets.send(account.getId(), baseUrl.get());
        Messages.addGlobalInfo("accounts.firstPassword.sent", account.getUsername());
        load();
    }

    /** R3.7 Mails the chosen account's holder a one-time link to choose a new password. */
    public void sendResetLink() {
        resets.send(chosenAccountId, baseUrl.get());
        Messages.addGlobalInfo("accounts.reset.sent", username(chosenAccountId));
        chosenAccountId = null;
        load();
    }

    /** R3.12 Resets the chosen account's second factor. */
    public void resetSecondFactor() {
        var account = accounts.resetSecondFactor(chosenAccountId);
        Messages.addGlobalInfo("accounts.secondFactor.resetDone", account.getUsername());
        chosenAccountId = null;
        load();
    }

    private String username(long id) {
        return list.stream().filter(account -> account.getId() == id).map(Account::getUsername).findFirst()
                .orElse("");
    }

    public Long getChosenAccountId() {
        return chosenAccountId;
    }

    public void setChosenAccountId(Long chosenAccountId) {
        this.chosenAccountId = chosenAccountId;
    }

    public void toggle(Account account) {
        accounts.enable(account.getId(), !account.isEnabled());
        load();
    }

    public NewAccount getForm() {
        return form;
    }

    public List<Account> getList() {
        return list;
    }

    public List<AccountEvent> getEvents() {
        return events;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Country[] getCountries() {
        return Country.values();
    }
}
