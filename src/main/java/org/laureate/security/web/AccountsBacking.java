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
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;
import org.omnifaces.util.Messages;

/**
 * The secretariat's page of accounts: opens an account with its roles, enables and disables accounts. Accounts of a
 * nominating organisation are opened from the organisation's page.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private NewAccount form = new NewAccount();
    private List<Account> list;
    private Long resetAccountId;
    private String newPassword;

    @PostConstruct
    void load() {
        list = accounts.all();
    }

    public void create() {
        var account = accounts.create(form);
        Messages.addGlobalInfo("account.created", account.getUsername());
        form = new NewAccount();
        list = accounts.all();
    }

    /** R3.7 Replaces the chosen account's password. */
    public void resetPassword() {
        var account = accounts.resetPassword(resetAccountId, newPassword);
        Messages.addGlobalInfo("accounts.reset.done", account.getUsername());
        resetAccountId = null;
        newPassword = null;
    }

    public Long getResetAccountId() {
        return resetAccountId;
    }

    public void setResetAccountId(Long resetAccountId) {
        this.resetAccountId = resetAccountId;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public void toggle(Account account) {
        accounts.enable(account.getId(), !account.isEnabled());
        list = accounts.all();
    }

    public NewAccount getForm() {
        return form;
    }

    public List<Account> getList() {
        return list;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Country[] getCountries() {
        return Country.values();
    }
}
