package org.laureate.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.laureate.cycle.entity.CalendarEntry;
import org.laureate.cycle.web.CurrentCycleBacking;
import org.laureate.dashboard.boundary.Todo;
import org.laureate.dashboard.boundary.TodoService;
import org.laureate.nomination.boundary.NominationService;
import org.laureate.nomination.boundary.PetitionReviewService;
import org.laureate.nomination.entity.Nomination;
import org.laureate.organisation.boundary.OrganisationService;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationStatus;
import org.laureate.platform.Country;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Role;

/** What each role sees first after signing in. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    CurrentCycleBacking currentCycle;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    NominationService nominations;

    @Inject
    PetitionReviewService reviews;

    @Inject
    TodoService todos;

    private Organisation organisation;
    private List<Todo> todo;

    /** What waits, across the cycles, and on whom (the secretariat). */
    public List<Todo> getTodo() {
        if (todo == null) {
            todo = todos.todo();
        }
        return todo;
    }

    public List<CalendarEntry> getCalendar() {
        var cycle = currentCycle.getCycle();
        return cycle == null ? List.of() : cycle.calendar();
    }

    /** Organisations of each country, by status (the secretariat and the ministries). */
    public Map<Country, Map<OrganisationStatus, Long>> getOrganisationCounts() {
        return organisations.countsByCountry();
    }

    /** Accounts of each role (the secretariat). */
    public Map<Role, Long> getAccountCounts() {
        return accounts.countsByRole();
    }

    /** The name of the signed-in organisation account's organisation. */
    public String getOrganisationName() {
        var organisation = getOrganisation();
        return organisation == null ? null : organisation.getNameRu();
    }

    /** The signed-in organisation account's organisation, with its status and the ministry's reason if rejected. */
    public Organisation getOrganisation() {
        if (organisation == null) {
            organisation = organisations.mine().orElse(null);
        }
        return organisation;
    }

    /** Every petition of the signed-in organisation, newest first. */
    public List<Nomination> getPetitions() {
        return nominations.mine();
    }

    /** The number of submitted petitions of the ministry's country that wait for its decision. */
    public int getPetitionsToCheck() {
        return reviews.petitions(false).size();
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    public Role[] getRoles() {
        return Role.values();
    }
}
