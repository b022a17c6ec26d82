package org.laureate.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.laureate.security.boundary.AccountService;
import org.omnifaces.util.Messages;

/**
 * The page a confirmation link opens (R3.18): its button confirms the e-mail address, once. Opening the link alone
 * confirms nothing, since a mail scanner may open it.
 */
@Named
@ViewScoped
public class ConfirmBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String token;
    private Boolean usable;
    private boolean done;

    /** Reads the link on the first request: whether it can still be used. */
    public void load() {
        if (usable == null) {
            usable = accounts.confirmationUsable(token);
        }
    }

    public void confirm() {
        accounts.confirmEmail(token);
        done = true;
        Messages.addGlobalInfo("confirm.done");
    }

    public boolean isUsable() {
        return Boolean.TRUE.equals(usable) && !done;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
