package org.laureate.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.laureate.security.boundary.PasswordResetService;
import org.omnifaces.util.Messages;

/**
 * The page a reset link opens (R3.7): the holder chooses a new password, once; R3.19 or the first password of an
 * account the secretariat opened.
 */
@Named
@ViewScoped
public class ResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResetService resets;

    private String token;
    private String username;
    private boolean first;
    private boolean done;
    private String newPassword;
    private String repeatedPassword;

    /** Reads the link on the first request: whose it is, if it can still be used. */
    public void load() {
        if (username == null && !done) {
            username = resets.usableFor(token).orElse(null);
            first = username != null && resets.setsFirstPassword(token);
        }
    }

    public void reset() {
        if (!newPassword.equals(repeatedPassword)) {
            Messages.addError("reset:repeated", "password.error.mismatch");
            return;
        }
        resets.reset(token, newPassword);
        done = true;
        newPassword = null;
        repeatedPassword = null;
        Messages.addGlobalInfo(first ? "reset.first.done" : "reset.done");
    }

    /** Whether the link can be used (and has not been, on this page). */
    public boolean isUsable() {
        return username != null && !done;
    }

    /** R3.19 Whether the link sets the first password of the account. */
    public boolean isFirst() {
        return first;
    }

    public boolean isDone() {
        return done;
    }

    public String getUsername() {
        return username;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
