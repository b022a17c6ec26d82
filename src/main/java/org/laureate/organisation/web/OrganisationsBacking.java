package org.laureate.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.organisation.boundary.OrganisationService;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationStatus;
import org.laureate.security.boundary.NewAccount;
import org.laureate.security.entity.Account;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The organisations a ministry reviews (its own country's, which the boundary decides) and the secretariat reads (both
 * countries'): filtered by status; one of them shown with its details, to verify or reject, or to add a user to.
 */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    private OrganisationStatus status;
    private List<Organisation> list;
    private Organisation selected;
    private List<Account> users;
    private String reason;
    private NewAccount newUser = new NewAccount();

    @PostConstruct
    void load() {
        list = organisations.withStatus(status);
    }

    /** Applies the status filter. */
    public void filter() {
        list = organisations.withStatus(status);
        selected = null;
    }

    public void show(Organisation organisation) {
        selected = organisations.find(organisation.getId());
        reason = null;
        users = null;
    }

    public void verify() {
        selected = organisations.verify(selected.getId(), selected.getVersion());
        Messages.addGlobalInfo("organisations.verified", selected.getNameRu());
        list = organisations.withStatus(status);
    }

    public void reject() {
        selected = organisations.reject(selected.getId(), selected.getVersion(), reason);
        Messages.addGlobalInfo("organisations.rejected", selected.getNameRu());
        list = organisations.withStatus(status);
    }

    /** The secretariat adds a user account to the organisation shown; R3.19 its holder is mailed a link to set it. */
    public void addUser() {
        var account = organisations.addUser(selected.getId(), newUser,
                Faces.getRequestDomainURL() + Faces.getRequestContextPath());
        Messages.addGlobalInfo("account.created", account.getUsername(), account.getEmail());
        newUser = new NewAccount();
        users = null;
    }

    /** The users of the organisation shown (the secretariat only). */
    public List<Account> getUsers() {
        if (users == null && selected != null) {
            users = organisations.users(selected.getId());
        }
        return users;
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    public List<Organisation> getList() {
        return list;
    }

    public Organisation getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public NewAccount getNewUser() {
        return newUser;
    }
}
