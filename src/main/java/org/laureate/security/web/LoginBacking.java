package org.laureate.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.laureate.platform.ClientAddress;
import org.laureate.security.boundary.Enrolment;
import org.laureate.security.boundary.SecondFactorCredential;
import org.laureate.security.boundary.SignInService;
import org.laureate.security.control.Usernames;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The sign-in form, in two steps for the roles that need a second factor (R3.10): the password, then a code (or, the
 * first time, the enrolment of the second factor with its first code). The container signs the person in only at the
 * end of the last step. A failed attempt says only that the name or the password is wrong, never which (R3.4).
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    ClientAddress clientAddress;

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignInService signInService;

    @Inject
    PendingSignIn pending;

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    @Size(max = 10)
    private String code;

    /**
     * The first step: the password. R3.15 The typed name is normalised; R3.14 a throttled attempt is told how long to
     * wait.
     */
    public void signIn() throws IOException {
        var name = Usernames.normalise(username);
        switch (signInService.checkPassword(name, password, address())) {
            case DONE -> authenticate(new UsernamePasswordCredential(name, password), password.toCharArray());
            case CODE -> pending.await(name, password, null);
            case ENROL -> pending.await(name, password, signInService.offerEnrolment(name));
            case THROTTLED -> throttled(name);
            default -> Messages.addGlobalError("login.failed");
        }
    }

    /** R3.14 Says plainly that sign-ins are paused, and for how long, in the reader's language. */
    private void throttled(String name) {
        var wait = signInService.retryAfter(name, address()).orElse(Duration.ofSeconds(1));
        if (wait.compareTo(Duration.ofMinutes(2)) < 0) {
            Messages.addGlobalError("login.throttled.seconds", Math.max(1, wait.toSeconds() + 1));
        } else {
            Messages.addGlobalError("login.throttled.minutes", wait.toMinutes() + 1);
        }
    }

    private String address() {
        return clientAddress.of(Faces.getRequest());
    }

    /** The second step: a code of the second factor, which also enrols it the first time. */
    public void confirm() throws IOException {
        if (!pending.isActive()) {
            Messages.addGlobalError("login.code.expired");
            return;
        }
        var secret = pending.enrolment() == null ? null : pending.enrolment().secret();
        var typed = pending.password();
        var credential = new SecondFactorCredential(pending.username(), new String(typed), code, secret);
        if (!authenticate(credential, typed)) {
            Arrays.fill(typed, '\0');
            if (signInService.retryAfter(pending.username(), address()).isPresent()) {
                throttled(pending.username());
                pending.clear();
            } else {
                Messages.addGlobalError(pending.wrongCode() ? "login.code.tooMany" : "login.code.wrong");
            }
        }
    }

    /** Gives up the second step: the password must be typed again. */
    public void cancel() {
        pending.clear();
    }

    private boolean authenticate(Credential credential, char[] typedPassword) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var status = securityContext.authenticate(
                (HttpServletRequest) faces.getExternalContext().getRequest(),
                (HttpServletResponse) faces.getExternalContext().getResponse(),
                withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            pending.clear();
            faces.responseComplete();
            return true;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            if (!(credential instanceof SecondFactorCredential)) {
                Messages.addGlobalError("login.failed");
            }
            return false;
        }
        pending.clear();
        Arrays.fill(typedPassword, '\0');
        Faces.redirect(Faces.getRequestContextPath() + currentUser.getHome());
        return true;
    }

    public void signOut() throws IOException, ServletException {
        pending.clear();
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/index.xhtml");
    }

    /** Whether the page asks for a code (the password has been accepted). */
    public boolean isAwaitingCode() {
        return pending.isActive();
    }

    /** The second factor offered for enrolment, or {@code null}. */
    public Enrolment getEnrolment() {
        return pending.isActive() ? pending.enrolment() : null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
