package org.laureate.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.council.boundary.CouncilSeat;
import org.laureate.council.boundary.CouncilService;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.organisation.boundary.OrganisationService;
import org.laureate.organisation.entity.Organisation;
import org.laureate.platform.Country;
import org.laureate.security.entity.Account;
import org.omnifaces.util.Messages;

/**
 * The Expert Council of a cycle for the secretariat: its seats, a form that appoints an account as a member or a
 * co-chair, and the removal of a seat, confirmed in a dialog.
 */
@Named
@ViewScoped
public class CouncilBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CouncilService council;

    @Inject
    CycleService cycles;

    @Inject
    OrganisationService organisations;

    private Long cycleId;
    private AwardCycle cycle;
    private List<CouncilSeat> seats;
    private List<Account> accounts;
    private List<Organisation> organisationList;
    private Long accountId;
    private boolean coChair;
    private Country country;
    private Long organisationId;

    /** Loads the cycle named by the view parameter, its council and the choices of the appointment form. */
    public void load() {
        cycle = cycles.find(cycleId);
        accounts = council.candidates();
        organisationList = organisations.all();
        seats = council.council(cycleId);
    }

    public void appoint() {
        council.appoint(cycleId, accountId, coChair, country, organisationId);
        var appointed = accounts.stream().filter(account -> account.getId().equals(accountId)).findFirst();
        Messages.addGlobalInfo("council.appointed", appointed.map(Account::getFullName).orElse(""));
        accountId = null;
        coChair = false;
        country = null;
        organisationId = null;
        seats = council.council(cycleId);
    }

    public void dismiss(CouncilSeat seat) {
        council.dismiss(seat.memberId());
        Messages.addGlobalInfo("council.dismissed", seat.fullName());
        seats = council.council(cycleId);
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public AwardCycle getCycle() {
        return cycle;
    }

    public List<CouncilSeat> getSeats() {
        return seats;
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public List<Organisation> getOrganisations() {
        return organisationList;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public boolean isCoChair() {
        return coChair;
    }

    public void setCoChair(boolean coChair) {
        this.coChair = coChair;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
