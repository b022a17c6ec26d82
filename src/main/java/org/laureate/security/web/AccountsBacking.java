package org.laureate.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.organization.boundary.OrganisationService;
import org.laureate.organization.entity.Country;
import org.laureate.organization.entity.Organisation;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.boundary.NewAccount;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;
import org.omnifaces.util.Messages;

/** The secretariat's page of accounts: opens an account with its roles, enables and disables accounts. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient OrganisationService organisations;

    private NewAccount form = new NewAccount();
    private List<Account> list;
    private List<Organisation> organisationChoices;

    @PostConstruct
    void load() {
        list = accounts.all();
        organisationChoices = organisations.all();
    }

    public void create() {
        var account = accounts.create(form);
        Messages.addGlobalInfo("account.created", account.getUsername());
        form = new NewAccount();
        list = accounts.all();
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

    public List<Organisation> getOrganisationChoices() {
        return organisationChoices;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Country[] getCountries() {
        return Country.values();
    }
}
