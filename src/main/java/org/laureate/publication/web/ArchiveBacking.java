package org.laureate.publication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;
import org.laureate.publication.boundary.LaureateFilter;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.publication.boundary.PublishedCycle;
import org.laureate.publication.entity.Award;

/**
 * The public archive: every cycle's published laureates, searched and filtered by cycle, art field and country, a page
 * at a time, and each cycle's published lists of candidates.
 */
@Named
@ViewScoped
public class ArchiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 10;

    @Inject
    transient LaureateService laureates;

    private String cycle;
    private ArtField artField;
    private Country country;
    private String text;
    private int page;
    private long total;
    private List<Award> awards;
    private List<PublishedCycle> cycles;

    /** Loads the first page for the filters in the address (a link from the feed names the cycle). */
    public void load() {
        cycles = laureates.cycles();
        page = 0;
        find();
    }

    /** Applies the filters, from the first page. */
    public void search() {
        page = 0;
        find();
    }

    /** Clears every filter. */
    public void reset() {
        cycle = null;
        artField = null;
        country = null;
        text = null;
        search();
    }

    public void next() {
        if (isHasNext()) {
            page++;
            find();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            find();
        }
    }

    private void find() {
        var filter = new LaureateFilter(cycle, artField, country, text);
        total = laureates.count(filter);
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
