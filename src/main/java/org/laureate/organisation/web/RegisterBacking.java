package org.laureate.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.laureate.organisation.boundary.OrganisationService;
import org.laureate.organisation.boundary.Registration;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.platform.ClientAddress;
import org.laureate.platform.Country;
import org.laureate.platform.web.LanguageBacking;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The public registration of a nominating organisation and its first user; then the user signs in. */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    ClientAddress clientAddress;

    @Inject
    OrganisationService organisations;

    @Inject
    LanguageBacking language;

    private final Registration form = new Registration();

    /** R3.18 The link in the confirmation mail names this server by its own address, never by the Host sent. */
    public String register() {
        form.setLanguage(language.getCode());
        var request = Faces.getRequest();
        var host = request.getLocalAddr().contains(":") ? "[" + request.getLocalAddr() + "]" : request.getLocalAddr();
        form.arrivedFrom(clientAddress.of(request), request.getScheme() + "://" + host + ":" + request.getLocalPort()
                + request.getContextPath());
        var organisation = organisations.register(form);
        Messages.addFlashGlobalInfo("register.done", organisation.getNameRu(), form.getUsername(),
                form.getContactEmail());
        return "/login?faces-redirect=true";
    }

    public Registration getForm() {
        return form;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Country[] getCountries() {
        return Country.values();
    }
}
