package org.laureate.publication.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.laureate.cycle.boundary.CycleStepTaken;
import org.laureate.cycle.entity.CycleStep;
import org.laureate.decision.boundary.LaureatesAwarded;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Like;
import org.laureate.platform.StateChange;
import org.laureate.publication.entity.Amendment;
import org.laureate.publication.entity.Award;
import org.laureate.publication.entity.AwardAuthor;
import org.laureate.publication.entity.AwardField;
import org.laureate.publication.entity.AwardState;
import org.laureate.scoring.boundary.CandidateService;
import org.laureate.scoring.boundary.PublishedCandidates;
import org.laureate.security.entity.Role;

/**
 * The laureates: recorded from the Supreme State Council's resolution, published by the secretariat, amended (never
 * edited) once published; the public reads the current cycle's laureates, the archive of every cycle, and what has been
 * published, for the feed.
 */
@Stateless
public class LaureateService {

    /** R14.6 The largest page the public asks for. */
    public static final int MAX_PAGE = 100;

    private static final String SUBJECT = "Laureates";
    private static final int MAX_WORDS = 5;
    private static final int FEED_AMENDMENTS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext securityContext;

    @Inject
    CandidateService candidates;

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<CycleStepTaken> steps;

    /**
     * R14.1 Records the laureates of the Supreme State Council's resolution, not yet public, in the transaction that
     * records the resolution; R14.2 a second recording for a cycle replaces its recorded awards and never touches its
     * published ones.
     */
    @PermitAll
    public void record(@Observes LaureatesAwarded awarded) {
        var replaced = em.createNamedQuery(Award.FIND_BY_CYCLE_AND_STATE, Award.class)
                .setParameter("cycleId", awarded.cycleId())
                .setParameter("state", AwardState.RECORDED)
                .getResultList();
        replaced.forEach(em::remove);
        em.flush();
        Integer last = em.createNamedQuery(Award.MAX_SEQ_OF_CYCLE, Integer.class)
                .setParameter("cycleName", awarded.cycleName())
                .getSingleResult();
        int seq = last == null ? 0 : last;
        for (var work : awarded.works()) {
            var authors = work.authors().stream()
                    .map(author -> new AwardAuthor(author.nameRu(), author.nameBe(), author.country()))
                    .toList();
            em.persist(Award.recorded(awarded.cycleId(), awarded.cycleName(), work.nominationId(), ++seq,
                    work.workTitle(), work.artField(), authors, awarded.resolutionNumber(), awarded.resolutionDate()));
        }
        changes.fire(new StateChange(SUBJECT, String.valueOf(awarded.cycleId()), "record",
                replaced.isEmpty() ? null : replaced.size() + " recorded", awarded.works().size() + " recorded"));
    }

    /** The awards recorded and not yet published, for the secretariat. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Award> recorded() {
        return em.createNamedQuery(Award.FIND_BY_STATE, Award.class)
                .setParameter("state", AwardState.RECORDED)
                .getResultList();
    }

    /** R14.4 Publishes every recorded award of a cycle at once; the public reads them from now on. */
    @RolesAllowed(Role.Names.ADMIN)
    public int publish(long cycleId) {
        var awards = em.createNamedQuery(Award.FIND_BY_CYCLE_AND_STATE, Award.class)
                .setParameter("cycleId", cycleId)
                .setParameter("state", AwardState.RECORDED)
                .getResultList();
        if (awards.isEmpty()) {
            throw new BusinessException("laureates.error.nothingRecorded");
        }
        var now = clock.instant();
        awards.forEach(award -> award.publish(now));
        steps.fire(new CycleStepTaken(cycleId, CycleStep.LAUREATES_PUBLISHED));
        changes.fire(new StateChange(SUBJECT, String.valueOf(cycleId), "publish", AwardState.RECORDED.name(),
                AwardState.PUBLISHED + " " + awards.size()));
        return awards.size();
    }

    /**
     * R14.3 Corrects a published award: the amendment is kept with its reason and shown with the award.
     *
     * @param author the author's position (from 0) for a field of an author, otherwise {@code null}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Award amend(long awardId, @NotNull AwardField field, Integer author, String value, String reason) {
        var award = em.find(Award.class, awardId);
        if (award == null) {
            throw new BusinessException("general.error.notFound");
        }
        var amendment = award.amend(field, author, value, reason, clock.instant(),
                securityContext.getCallerPrincipal().getName());
        em.persist(amendment);
        changes.fire(new StateChange("Award", String.valueOf(awardId), "amend",
                field + (amendment.getAuthor() == null ? "" : " " + amendment.getAuthor()) + ": "
                        + amendment.getBefore(), amendment.getAfter()));
        return award;
    }

    /** R14.5 The published laureates of the latest cycle that has any, in the resolution's order. */
    @PermitAll
    public List<Award> current() {
        var latest = em.createQuery("SELECT MAX(a.cycleName) FROM Award a WHERE a.state = :published", String.class)
                .setParameter("published", AwardState.PUBLISHED)
                .getSingleResult();
        if (latest == null) {
            return List.of();
        }
        return batched(em.createNamedQuery(Award.FIND_PUBLISHED_OF_CYCLE, Award.class))
                .setParameter("cycleName", latest)
                .getResultList();
    }

    /** R14.5 A page of the published laureates that match, the latest cycle first. */
    @PermitAll
    public List<Award> search(@NotNull LaureateFilter filter, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new BusinessException("laureates.error.page");
        }
        return batched(query("SELECT a", filter, " ORDER BY a.cycleName DESC, a.seq, a.id", Award.class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** How many published laureates match. */
    @PermitAll
    public long count(@NotNull LaureateFilter filter) {
        return query("SELECT COUNT(a)", filter, "", Long.class).getSingleResult();
    }

    /** One published award, with its history of amendments. */
    @PermitAll
    public Award published(long awardId) {
        var award = em.find(Award.class, awardId);
        if (award == null || !award.isPublished()) {
            throw new BusinessException("general.error.notFound");
        }
        return award;
    }

    /**
     * Every cycle with published laureates or a published list of candidates, the latest first: the archive's
     * contents.
     */
    @PermitAll
    public List<PublishedCycle> cycles() {
        Map<String, Object[]> awards = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.cycleName, COUNT(a), MAX(a.resolutionNumber),"
                + " MAX(a.resolutionDate) FROM Award a WHERE a.state = :published GROUP BY a.cycleName", Object[].class)
                .setParameter("published", AwardState.PUBLISHED)
                .getResultList()) {
            awards.put((String) row[0], row);
        }
        Map<String, List<PublishedCandidates>> lists = candidates.published().stream()
                .collect(Collectors.groupingBy(PublishedCandidates::cycleName));
        var names = new TreeSet<String>(Comparator.reverseOrder());
        names.addAll(awards.keySet());
        names.addAll(lists.keySet());
        var cycles = new ArrayList<PublishedCycle>();
        for (var name : names) {
            var row = awards.get(name);
            cycles.add(new PublishedCycle(name, row == null ? 0 : ((Number) row[1]).intValue(),
                    row == null ? null : (String) row[2], row == null ? null : (LocalDate) row[3],
                    lists.getOrDefault(name, List.of())));
        }
        return cycles;
    }

    /**
     * What the platform has published, the latest first: each cycle's laureates, each list of candidates, the latest
     * amendments. The historical cycles, loaded from the archive rather than published here, are not among them.
     */
    @PermitAll
    public List<Publication> publications() {
        var publications = new ArrayList<Publication>();
        // the latest publication of each cycle, in Java: MAX() of a converted column may reach the converter as a
        // java.sql.Timestamp rather than the LocalDateTime it converts
        Map<String, Instant> published = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.cycleName, a.publishedAt FROM Award a"
                + " WHERE a.state = :published AND a.publishedAt IS NOT NULL", Object[].class)
                .setParameter("published", AwardState.PUBLISHED)
                .getResultList()) {
            published.merge((String) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b);
        }
        published.forEach((cycle, at) -> publications.add(new Publication(Publication.Kind.LAUREATES, cycle, cycle,
                cycle, at)));
        for (var list : candidates.published()) {
            publications.add(new Publication(Publication.Kind.CANDIDATES, String.valueOf(list.listId()),
                    list.cycleName(), list.roundTitle(), list.publishedAt()));
        }
        for (var amendment : em.createNamedQuery(Amendment.FIND_LATEST, Amendment.class)
                .setMaxResults(FEED_AMENDMENTS)
                .getResultList()) {
            publications.add(new Publication(Publication.Kind.AMENDMENT, String.valueOf(amendment.getId()),
                    amendment.getAward().getCycleName(), amendment.getAward().getWorkTitle(),
                    amendment.getAmendedAt()));
        }
        publications.sort(Comparator.comparing(Publication::updated).reversed());
        return publications;
    }

    /**
     * R14.7 A fingerprint of everything the public pages and the open data show: the published awards, their
     * amendments, the lists of candidates, the comments and the cycles. It changes whenever any of it changes,
     * whichever server changed it, so that each server's cache of published pages knows when to drop what it holds.
     */
    @PermitAll
    public String fingerprint() {
        var parts = new ArrayList<Object>();
        for (var jpql : List.of(
                "SELECT COUNT(a), SUM(a.version), MAX(a.id) FROM Award a WHERE a.state = :published",
                "SELECT COUNT(m), MAX(m.id), 0 FROM Amendment m",
                "SELECT COUNT(l), SUM(l.version), MAX(l.id) FROM CandidateList l",
                "SELECT COUNT(c), SUM(c.version), MAX(c.id) FROM AwardCycle c",
                "SELECT COUNT(p), SUM(p.version), MAX(p.id) FROM PublicComment p")) {
            var query = em.createQuery(jpql, Object[].class);
            if (jpql.contains(":published")) {
                query.setParameter("published", AwardState.PUBLISHED);
            }
            parts.addAll(Arrays.asList(query.getSingleResult()));
        }
        return parts.toString();
    }

    private <T> TypedQuery<T> query(String select, LaureateFilter filter, String order, Class<T> type) {
        var jpql = new StringBuilder(select).append(" FROM Award a WHERE a.state = :published");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("published", AwardState.PUBLISHED);
        var cycle = filter.cycle() == null ? "" : filter.cycle().strip().replace('-', '–');
        if (cycle.matches("\\d{4}")) {
            jpql.append(" AND (a.cycleName LIKE :cycleStart OR a.cycleName LIKE :cycleEnd)");
            parameters.put("cycleStart", cycle + "–%");
            parameters.put("cycleEnd", "%–" + cycle);
        } else if (!cycle.isEmpty()) {
            jpql.append(" AND a.cycleName = :cycle");
            parameters.put("cycle", cycle);
        }
        if (filter.artField() != null) {
            jpql.append(" AND a.artField = :artField");
            parameters.put("artField", filter.artField());
        }
        if (filter.country() != null) {
            jpql.append(" AND EXISTS (SELECT b FROM Award b JOIN b.authors c WHERE b = a AND c.country = :country)");
            parameters.put("country", filter.country());
        }
        var words = filter.text() == null ? new String[0] : filter.text().strip().split("\\s+");
        for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            var name = "word" + i;
            jpql.append(" AND (LOWER(a.workTitle) LIKE :").append(name).append(Like.ESCAPE)
                    .append(" OR EXISTS (SELECT b FROM Award b JOIN b.authors c WHERE b = a")
                    .append(" AND (LOWER(c.nameRu) LIKE :").append(name).append(Like.ESCAPE)
                    .append(" OR LOWER(c.nameBe) LIKE :").append(name).append(Like.ESCAPE).append(")))");
            parameters.put(name, Like.containing(words[i]));
        }
        var query = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * A page of awards reads the authors and the amendments of all its awards in one query each (IN batches), not two
     * queries for every award.
     */
    private static TypedQuery<Award> batched(TypedQuery<Award> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.authors")
                .setHint("eclipselink.batch", "a.amendments");
    }
}
