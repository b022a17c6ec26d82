package org.laureate.publication.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;
import org.laureate.publication.boundary.LaureateFilter;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.publication.boundary.PublishedCycle;
import org.laureate.publication.entity.Award;

/**
 * The public archive: every cycle's published laureates, searched and filtered by cycle, art field and country, a page
 * at a time, and each cycle's published lists of candidates. Every filter and the page are in the address (a GET
 * form and links), so that each result has an address of its own and no session is needed (R14.8).
 */
@Named
@RequestScoped
public class ArchiveBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    LaureateService laureates;

    private String cycle;
    private ArtField artField;
    private Country country;
    private String text;
    private int page;
    private long total;
    private List<Award> awards;
    private List<PublishedCycle> cycles;

    /** Loads the page asked for, with the filters in the address. */
    public void load() {
        cycles = laureates.cycles();
        var filter = new LaureateFilter(cycle, artField, country, text);
        total = laureates.count(filter);
        page = (int) Math.min(page, getPageCount() - 1);
        awards = laureates.search(filter, page * PAGE_SIZE, PAGE_SIZE);
    }

    /** The cycles whose lists of candidates are shown: the chosen cycle's, or every cycle's. */
    public List<PublishedCycle> getCandidateCycles() {
        return cycles.stream()
                .filter(c -> !c.candidateLists().isEmpty())
                .filter(c -> cycle == null || cycle.isBlank() || c.name().contains(cycle.strip().replace('-', '–')))
                .toList();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < total;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public int getPageNumber() {
        return page + 1;
    }

    /** The page from 1; anything below is the first page. */
    public void setPageNumber(int pageNumber) {
        page = Math.max(0, pageNumber - 1);
    }

    public long getPageCount() {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public ArtField[] getArtFields() {
        return ArtField.values();
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public List<PublishedCycle> getCycles() {
        return cycles;
    }

    public List<Award> getAwards() {
        return awards;
    }

    public long getTotal() {
        return total;
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public ArtField getArtField() {
        return artField;
    }

    public void setArtField(ArtField artField) {
        this.artField = artField;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
