package org.laureate.publication.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.laureate.publication.boundary.LaureateFilter;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.publication.entity.Award;
import org.laureate.publication.entity.AwardField;
import org.omnifaces.util.Messages;

/**
 * The secretariat's laureates: the awards recorded from the Supreme State Council's resolution, published a cycle at a
 * time, and the amendments of published awards, each with its reason.
 */
@Named
@ViewScoped
public class LaureatesAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FOUND_MAX = 20;

    /** The recorded awards of one cycle, published together. */
    public record RecordedCycle(long cycleId, String cycleName, List<Award> awards) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    LaureateService laureates;

    private List<RecordedCycle> recorded;
    private String text;
    private List<Award> found = List.of();
    private Award selected;
    private AwardField field;
    private Integer author;
    private String value;
    private String reason;

    @PostConstruct
    void load() {
        Map<Long, RecordedCycle> cycles = new LinkedHashMap<>();
        for (var award : laureates.recorded()) {
            cycles.computeIfAbsent(award.getCycleId(),
                    id -> new RecordedCycle(id, award.getCycleName(), new ArrayList<>())).awards().add(award);
        }
        recorded = List.copyOf(cycles.values());
    }

    public void publish(long cycleId) {
        int count = laureates.publish(cycleId);
        Messages.addGlobalInfo("laureates.admin.published", count);
        load();
        find();
    }

    /** Finds published awards to amend. */
    public void find() {
        found = text == null || text.isBlank() ? List.of()
                : laureates.search(new LaureateFilter(null, null, null, text), 0, FOUND_MAX);
    }

    /** Opens the amendment form for a published award. */
    public void choose(long awardId) {
        selected = laureates.published(awardId);
        field = AwardField.WORK_TITLE;
        author = null;
        value = null;
        reason = null;
    }

    public void amend() {
        selected = laureates.amend(selected.getId(), field, field.isOfAuthor() ? author : null, value, reason);
        Messages.addGlobalInfo("laureates.admin.amended");
        value = null;
        reason = null;
        find();
    }

    public void close() {
        selected = null;
    }

    /** The positions of the chosen award's authors, for the choice of an author. */
    public List<Integer> getAuthorIndexes() {
        return selected == null ? List.of()
                : IntStream.range(0, selected.getAuthors().size()).boxed().toList();
    }

    public AwardField[] getFields() {
        return AwardField.values();
    }

    public List<RecordedCycle> getRecorded() {
        return recorded;
    }

    public List<Award> getFound() {
        return found;
    }

    public Award getSelected() {
        return selected;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AwardField getField() {
        return field;
    }

    public void setField(AwardField field) {
        this.field = field;
    }

    public Integer getAuthor() {
        return author;
    }

    public void setAuthor(Integer author) {
        this.author = author;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
