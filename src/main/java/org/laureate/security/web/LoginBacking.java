package org.laureate.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Locale;
import org.laureate.security.boundary.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The sign-in form. A failed attempt says only that the name or the password is wrong, never which. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<SignedIn> signedIn;

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var credential = new UsernamePasswordCredential(username.trim().toLowerCase(Locale.ROOT), password);
        var status = securityContext.authenticate(
                (HttpServletRequest) faces.getExternalContext().getRequest(),
                (HttpServletResponse) faces.getExternalContext().getResponse(),
                withParams().credential(credential).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                var event = new SignedIn(password.toCharArray());
                try {
                    signedIn.fire(event);
                } finally {
                    event.wipe();
                }
                Faces.redirect(Faces.getRequestContextPath() + currentUser.getHome());
            }
            default -> Messages.addGlobalError("login.failed");
        }
    }

    public void signOut() throws IOException, ServletException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/index.xhtml");
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
}
