package org.laureate.nomination.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;

/**
 * Petitions as the lists of the council's pages show them, read as columns, not as entities: two queries for any
 * number of petitions (their rows with their organisations' names, and their authors' names), nothing built, copied
 * nor compared for changes. A page of the results read its fifty petitions as entities with their authors and
 * organisations; with the round's, that reading was about a quarter of the server's time under the page's load.
 */
@ApplicationScoped
public class PetitionSummaries {

    @PersistenceContext
    EntityManager em;

    /** The summaries of the petitions by id; a petition that does not exist is missing. */
    public Map<Long, PetitionSummary> of(Collection<Long> ids) {
        var summaries = new HashMap<Long, PetitionSummary>();
        if (ids.isEmpty()) {
            return summaries;
        }
        var authors = new HashMap<Long, List<PetitionSummary.Name>>();
        em.createQuery("SELECT a.nomination.id, a.fullNameRu, a.fullNameBe FROM Nominee a"
                        + " WHERE a.nomination.id IN :ids ORDER BY a.nomination.id, a.position", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> authors.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new PetitionSummary.Name((String) row[1], (String) row[2])));
        em.createQuery("SELECT n.id, n.registrationNumber, n.workTitle, n.artField, n.country, o.nameRu, o.nameBe"
                        + " FROM Nomination n JOIN n.organisation o WHERE n.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> {
                    long id = (Long) row[0];
                    summaries.put(id, PetitionSummary.of(id, (String) row[1], (String) row[2], (ArtField) row[3],
                            (Country) row[4], authors.getOrDefault(id, List.of()),
                            new PetitionSummary.Name((String) row[5], (String) row[6])));
                });
        return summaries;
    }
}
