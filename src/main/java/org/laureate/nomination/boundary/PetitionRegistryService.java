package org.laureate.nomination.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.nomination.control.EligibilityPolicy;
import org.laureate.nomination.control.PetitionQuery;
import org.laureate.nomination.control.TableExport;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.security.entity.Role;

/**
 * The secretariat's registry of petitions: every petition of every cycle, found by cycle, country, art field, status
 * and a text, a page at a time in the order asked for; counted by country and art field; exported to CSV and XLSX.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PetitionRegistryService {

    /** The bundle of the interface texts, for the exports' headers and values. */
    static final String BUNDLE = "org.laureate.i18n.messages";

    private static final String ROW = "NEW " + RegistryRow.class.getName() + "(n.id, c.name, n.registrationNumber,"
            + " n.workTitle, n.country, n.artField, n.status, n.submittedAt, o.nameRu)";
    private static final int IN_LIST = 1000;
    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(AwardCycle.CAPITALS);

    @PersistenceContext
    EntityManager em;

    private final EligibilityPolicy eligibility = new EligibilityPolicy();
    private final TableExport export = new TableExport();

    /** The petitions found, from the {@code first} (counted from 0), at most {@code max} of them. */
    public List<RegistryRow> find(@NotNull @Valid RegistryFilter filter, @NotNull RegistrySort sort, boolean ascending,
            int first, int max) {
        var query = query(filter);
        var rows = parameters(em.createQuery(query.select(ROW, sort.paths(), ascending), RegistryRow.class), query)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(max, 1))
                .getResultList();
        withNominees(rows);
        return rows;
    }

    /** The number of petitions found. */
    public long count(@NotNull @Valid RegistryFilter filter) {
        var query = query(filter);
        return parameters(em.createQuery(query.count(), Long.class), query).getSingleResult();
    }

    /** The number of petitions found in each country and art field that has any. */
    public List<RegistryCount> countByCountryAndArtField(@NotNull @Valid RegistryFilter filter) {
        var query = query(filter);
        return parameters(em.createQuery(query.countByCountryAndArtField(), Object[].class), query)
                .getResultList()
                .stream()
                .map(row -> new RegistryCount((Country) row[0], (ArtField) row[1], (Long) row[2]))
                .toList();
    }

    /** Any petition but a draft, with its eligibility checks. */
    public PetitionReview open(long id) {
        var nomination = em.find(Nomination.class, id);
        if (nomination == null || nomination.getStatus() == NominationStatus.DRAFT) {
            throw new BusinessException("general.error.notFound");
        }
        return new PetitionReview(nomination, eligibility.check(nomination));
    }

    /** Writes every petition found, in the order asked for, in the reader's language. */
    public void export(@NotNull @Valid RegistryFilter filter, @NotNull RegistrySort sort, boolean ascending,
            @NotNull ExportFormat format, @NotNull Locale locale, @NotNull OutputStream out) {
        var texts = ResourceBundle.getBundle(BUNDLE, locale);
        var query = query(filter);
        var rows = parameters(em.createQuery(query.select(ROW, sort.paths(), ascending), RegistryRow.class), query)
                .getResultList();
        withNominees(rows);
        var header = List.of("registry.column.registrationNumber", "registry.column.cycle", "registry.column.title",
                        "registry.column.nominees", "registry.column.country", "registry.column.artField",
                        "registry.column.status", "registry.column.submittedAt", "registry.column.organisation")
                .stream().map(texts::getString).toList();
        List<List<String>> table = rows.stream().map(row -> cells(row, texts)).toList();
        switch (format) {
            case CSV -> export.csv(header, table, out);
            case XLSX -> export.xlsx(texts.getString("registry.export.sheet"), header, table, out);
        }
    }

    private static List<String> cells(RegistryRow row, ResourceBundle texts) {
        return List.of(text(row.getRegistrationNumber()), row.getCycleName(), text(row.getWorkTitle()),
                row.getNomineeNames(), label(texts, "Country.", row.getCountry()),
                label(texts, "ArtField.", row.getArtField()), label(texts, "NominationStatus.", row.getStatus()),
                row.getSubmittedAt() == null ? "" : SUBMITTED.format(row.getSubmittedAt()),
                text(row.getOrganisationName()));
    }

    /** The text of an enum value, or its name when the bundle has no text for it. */
    private static String label(ResourceBundle texts, String prefix, Enum<?> value) {
        if (value == null) {
            return "";
        }
        var key = prefix + value.name();
        return texts.containsKey(key) ? texts.getString(key) : value.name();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static PetitionQuery query(RegistryFilter filter) {
        return new PetitionQuery()
                .cycle(filter.getCycleId())
                .country(filter.getCountry())
                .artField(filter.getArtField())
                .status(filter.getStatus())
                .text(filter.getText());
    }

    private static <T> TypedQuery<T> parameters(TypedQuery<T> jpql, PetitionQuery query) {
        query.parameters().forEach(jpql::setParameter);
        return jpql;
    }

    /** Adds the authors' names to the rows, a thousand petitions per query. */
    private void withNominees(List<RegistryRow> rows) {
        Map<Long, List<String>> names = new HashMap<>();
        for (int from = 0; from < rows.size(); from += IN_LIST) {
            var ids = rows.subList(from, Math.min(rows.size(), from + IN_LIST)).stream()
                    .map(RegistryRow::getId).toList();
            var nominees = em.createQuery("SELECT e.nomination.id, e.fullNameRu FROM Nominee e"
                    + " WHERE e.nomination.id IN :ids ORDER BY e.nomination.id, e.position", Object[].class);
            for (Object[] row : nominees.setParameter("ids", ids).getResultList()) {
                names.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
            }
        }
        rows.forEach(row -> row.nominees(names.getOrDefault(row.getId(), List.of())));
    }
}
