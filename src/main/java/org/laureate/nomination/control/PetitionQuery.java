package org.laureate.nomination.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.Country;
import org.laureate.platform.Like;

/**
 * The secretariat's search over petitions, as JPQL: the conditions chosen (cycle, country, art field, status, a text
 * in the work's title or an author's name) and an order. The petition is {@code n}; in a selection, its cycle is
 * {@code c} and its organisation {@code o}, which counting does not join. Drafts are never found (R4.32).
 */
public final class PetitionQuery {


    private static final String FROM = " FROM Nomination n";
    private static final String FROM_WITH_NAMES = FROM + " JOIN n.cycle c JOIN n.organisation o";

    private final StringBuilder where = new StringBuilder(" WHERE n.status <> :draft");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public PetitionQuery() {
        parameters.put("draft", NominationStatus.DRAFT);
    }

    public PetitionQuery cycle(Long cycleId) {
        return cycleId == null ? this : condition("n.cycle.id = :cycleId", "cycleId", cycleId);
    }

    public PetitionQuery country(Country country) {
        return country == null ? this : condition("n.country = :country", "country", country);
    }

    public PetitionQuery artField(ArtField artField) {
        return artField == null ? this : condition("n.artField = :artField", "artField", artField);
    }

    public PetitionQuery status(NominationStatus status) {
        return status == null ? this : condition("n.status = :status", "status", status);
    }

    /**
     * R4.33 The text is found, whatever its case, in the work's title or in an author's Russian or Belarusian name;
     * {@code %} and {@code _} in it are matched as themselves.
     */
    public PetitionQuery text(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return condition("(LOWER(n.workTitle) LIKE :text" + Like.ESCAPE + " OR EXISTS (SELECT e FROM Nominee e"
                + " WHERE e.nomination = n AND (LOWER(e.fullNameRu) LIKE :text" + Like.ESCAPE
                + " OR LOWER(e.fullNameBe) LIKE :text" + Like.ESCAPE + ")))", "text", Like.containing(text));
    }

    private PetitionQuery condition(String jpql, String name, Object value) {
        where.append(" AND ").append(jpql);
        parameters.put(name, value);
        return this;
    }

    /** The query for the {@code projection} of the petitions found, in the given order. */
    public String select(String projection, List<String> orderBy, boolean ascending) {
        var direction = ascending ? " ASC" : " DESC";
        var order = new StringBuilder();
        for (String path : orderBy) {
            order.append(order.isEmpty() ? " ORDER BY " : ", ").append(path).append(direction);
        }
        order.append(order.isEmpty() ? " ORDER BY " : ", ").append("n.id").append(direction);
        return "SELECT " + projection + FROM_WITH_NAMES + where + order;
    }

    /** The query counting the petitions found. */
    public String count() {
        return "SELECT COUNT(n)" + FROM + where;
    }

    /** The query counting the petitions found by country and art field. */
    public String countByCountryAndArtField() {
        return "SELECT n.country, n.artField, COUNT(n)" + FROM + where + " GROUP BY n.country, n.artField";
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
