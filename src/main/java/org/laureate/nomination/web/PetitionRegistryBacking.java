package org.laureate.nomination.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.nomination.boundary.ExportFormat;
import org.laureate.nomination.boundary.PetitionRegistryService;
import org.laureate.nomination.boundary.PetitionReview;
import org.laureate.nomination.boundary.RegistryCount;
import org.laureate.nomination.boundary.RegistryFilter;
import org.laureate.nomination.boundary.RegistryRow;
import org.laureate.nomination.boundary.RegistrySort;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.Country;
import org.laureate.platform.web.MessageKeys;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The secretariat's registry page: every petition, filtered and searched on the server and read a page at a time;
 * a chart of the petitions found by country and art field; their export; one petition with its materials.
 */
@Named
@ViewScoped
public class PetitionRegistryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] COLOURS = {"#1f3a68", "#a3202f"};

    @Inject
    PetitionRegistryService registry;

    @Inject
    CycleService cycles;

    private final RegistryFilter filter = new RegistryFilter();
    private final Rows rows = new Rows();
    private List<AwardCycle> cycleList;
    private List<RegistryCount> counts;
    private PetitionReview selected;
    private Long linkedCycle;
    private Country linkedCountry;
    private NominationStatus linkedStatus;

    @PostConstruct
    void load() {
        cycleList = cycles.all();
        cycles.current().ifPresent(cycle -> filter.setCycleId(cycle.getId()));
        counts = registry.countByCountryAndArtField(filter);
    }

    /**
     * Applies the filters a link gives (the secretariat's dashboard links to the petitions waiting for a ministry):
     * those given replace the defaults.
     */
    public void follow() {
        if (linkedCycle != null) {
            filter.setCycleId(linkedCycle);
        }
        if (linkedCountry != null) {
            filter.setCountry(linkedCountry);
        }
        if (linkedStatus != null) {
            filter.setStatus(linkedStatus);
        }
        search();
    }

    public Long getLinkedCycle() {
        return linkedCycle;
    }

    public void setLinkedCycle(Long linkedCycle) {
        this.linkedCycle = linkedCycle;
    }

    public Country getLinkedCountry() {
        return linkedCountry;
    }

    public void setLinkedCountry(Country linkedCountry) {
        this.linkedCountry = linkedCountry;
    }

    public NominationStatus getLinkedStatus() {
        return linkedStatus;
    }

    public void setLinkedStatus(NominationStatus linkedStatus) {
        this.linkedStatus = linkedStatus;
    }

    /** Applies the filters: the table goes back to its first page, the chart follows. */
    public void search() {
        counts = registry.countByCountryAndArtField(filter);
        selected = null;
    }

    public void show(long id) {
        selected = registry.open(id);
    }

    public void close() {
        selected = null;
    }

    public void exportCsv() throws IOException {
        export(ExportFormat.CSV);
    }

    public void exportXlsx() throws IOException {
        export(ExportFormat.XLSX);
    }

    private void export(ExportFormat format) throws IOException {
        var locale = Faces.getLocale();
        Faces.sendFile("petitions." + format.getExtension(), true,
                out -> registry.export(filter, rows.sort, rows.ascending, format, locale, out));
    }

    /** The Chart.js configuration of a bar chart: the art fields along, a bar for each country. */
    public String getChart() {
        var texts = ResourceBundle.getBundle(MessageKeys.BUNDLE, Faces.getLocale());
        Map<Country, Map<ArtField, Long>> byCountry = new EnumMap<>(Country.class);
        for (RegistryCount count : counts) {
            if (count.artField() != null) {
                byCountry.computeIfAbsent(count.country(), country -> new EnumMap<>(ArtField.class))
                        .put(count.artField(), count.count());
            }
        }
        var labels = Json.createArrayBuilder();
        for (ArtField field : ArtField.values()) {
            labels.add(texts.getString("ArtField." + field.name()));
        }
        var datasets = Json.createArrayBuilder();
        for (Country country : Country.values()) {
            var data = Json.createArrayBuilder();
            for (ArtField field : ArtField.values()) {
                data.add(byCountry.getOrDefault(country, Map.of()).getOrDefault(field, 0L));
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", texts.getString("Country." + country.name()))
                    .add("backgroundColor", COLOURS[country.ordinal() % COLOURS.length])
                    .add("data", data));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build()
                .toString();
    }

    public long getTotal() {
        return counts.stream().mapToLong(RegistryCount::count).sum();
    }

    public RegistryFilter getFilter() {
        return filter;
    }

    public LazyDataModel<RegistryRow> getRows() {
        return rows;
    }

    public List<AwardCycle> getCycles() {
        return cycleList;
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public ArtField[] getArtFields() {
        return ArtField.values();
    }

    public NominationStatus[] getStatuses() {
        return NominationStatus.values();
    }

    public PetitionReview getSelected() {
        return selected;
    }

    /** The petitions found, a page at a time, in the order of the column last sorted (remembered for the export). */
    private class Rows extends LazyDataModel<RegistryRow> {

        private static final long serialVersionUID = 1L;

        private RegistrySort sort = RegistrySort.REGISTRATION_NUMBER;
        private boolean ascending = true;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.count(filter);
        }

        @Override
        public List<RegistryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            var order = sortBy.values().stream().findFirst();
            sort = order.map(meta -> RegistrySort.ofField(meta.getField())).orElse(RegistrySort.REGISTRATION_NUMBER);
            ascending = order.map(meta -> meta.getOrder() != SortOrder.DESCENDING).orElse(true);
            return registry.find(filter, sort, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(RegistryRow row) {
            return Long.toString(row.getId());
        }
    }
}
