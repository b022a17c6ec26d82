package org.laureate.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEvent;
import org.omnifaces.util.Messages;

/**
 * A signed-in person's own account: their second factor, a change of their password with their current one (R3.8)
 * and the security events of their account (R3.13).
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private Account account;
    private List<AccountEvent> events;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    @PostConstruct
    void load() {
        account = accounts.current().orElse(null);
        events = accounts.myEvents();
    }

    /** R3.8 Changes the password; the repetition must match what was typed first. */
    public void changePassword() {
        if (!newPassword.equals(repeatedPassword)) {
            Messages.addError("password:repeated", "password.error.mismatch");
            return;
        }
        accounts.changePassword(currentPassword, newPassword);
        Messages.addGlobalInfo("account.password.changed");
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
        load();
    }

    public Account getAccount() {
        return account;
    }

    public List<AccountEvent> getEvents() {
        return events;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
