package org.laureate.scoring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.entity.Ballot;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.ScoringRound;

/**
 * R9.27 Writes ballots whose credentials verified, several casts in one transaction that holds ballots and nothing
 * else, in a random order: the database's own records show a batch of ballots of whoever cast at that moment, not
 * one transaction per cast. Each ballot is checked against its round as it is now (R9.17 open, R8.6 its scores), so
 * a round closed while a ballot waited refuses it, and a round that closed while its ballots were being written takes
 * none of them (the transaction is rolled back).
 */
@Stateless
@PermitAll
public class BallotWriter {

    private static final Random SHUFFLE = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RoundSnapshots snapshots;

    /** A ballot whose credential verified, waiting to be written: {@code receipt} is its credential's. */
    public record Pending(long roundId, long nominationId, String receipt, Map<Criterion, Integer> scores) {
    }

    /** What became of a ballot: counted, with its receipt, or refused, with the reason. */
    public record Written(CastReceipt counted, BusinessException refused) {
    }

    /** Writes the ballots in one transaction and answers for each, in their order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Written> write(List<Pending> batch) {
        var now = clock.instant();
        var rounds = new HashMap<Long, ScoringRound>();
        // the batch's rounds as they are now, and the petition each receipt already counts for: a credential is one
        // ballot's, on one petition of one round
        var stored = new HashMap<String, List<Long>>();
        em.createNamedQuery(Ballot.ROUNDS_AND_RECEIPTS, Object[].class)
                .setParameter("receiptHashes", batch.stream().map(Pending::receipt).distinct().toList())
                .setParameter("roundIds", batch.stream().map(Pending::roundId).distinct().toList())
                .getResultStream()
                .forEach(row -> {
                    rounds.computeIfAbsent((Long) row[0], id -> snapshots.current(id, (Integer) row[1]));
                    if (row[2] != null) {
                        stored.put((String) row[2], List.of((Long) row[3], (Long) row[4]));
                    }
                });
        var written = new ArrayList<Written>();
        var last = new LinkedHashMap<String, Pending>();
        for (var pending : batch) {
            try {
                var ballot = weighted(rounds.get(pending.roundId()), pending, now);
                var counted = stored.containsKey(pending.receipt()) ? stored.get(pending.receipt())
                        : last.containsKey(pending.receipt()) ? petition(last.get(pending.receipt())) : null;
                if (counted != null && !counted.equals(petition(pending))) {
                    // R9.15 a token signed again for another petition (a client may choose its tokens) casts nothing
                    throw new BusinessException("ballot.error.credential");
                }
                var revised = counted != null;
                last.put(pending.receipt(), ballot);
                written.add(new Written(new CastReceipt(pending.receipt(), revised), null));
            } catch (BusinessException refusal) {
                written.add(new Written(null, refusal));
            }
        }
        var order = new ArrayList<>(last.values());
        Collections.shuffle(order, SHUFFLE);
        var revisions = new ArrayList<Pending>();
        for (var pending : order) {
            if (stored.containsKey(pending.receipt())) {
                revisions.add(pending);
            } else {
                em.persist(new Ballot(pending.roundId(), pending.nominationId(), pending.receipt(), pending.scores()));
            }
        }
        revise(revisions);
        em.flush();
        // the round must still be open once its ballots are written: a batch the close overtook is written again, each
        // ballot alone, and refused; so only a commit under way at the close can add a ballot (ScoringRound.SETTLING)
        var end = clock.instant();
        if (last.values().stream().anyMatch(pending -> !rounds.get(pending.roundId()).isOpenAt(end))) {
            throw new BusinessException("round.error.notOpen");
        }
        return written;
    }

    /** The round and the petition a ballot is cast on. */
    private static List<Long> petition(Pending pending) {
        return List.of(pending.roundId(), pending.nominationId());
    }

    /**
     * R9.2 Replaces the scores of the ballots cast again, in one statement for all of them: each row, found by its
     * receipt, takes its new score in each criterion's column (null where its round weighs the criterion 0). One
     * statement, not one a ballot: the batch's revisions are one request to the database, as its new ballots are.
     */
    private void revise(List<Pending> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        var sql = new StringBuilder("UPDATE cast_ballot SET ");
        var parameters = new ArrayList<Object>();
        for (var criterion : Criterion.values()) {
            sql.append(criterion.ordinal() == 0 ? "" : ", ").append(Ballot.column(criterion))
                    .append(" = CASE receipt_hash");
            for (var pending : revisions) {
                var score = pending.scores().get(criterion);
                parameters.add(pending.receipt());
                sql.append(" WHEN ?").append(parameters.size()).append(" THEN ");
                if (score == null) {
                    sql.append("NULL");
                } else {
                    parameters.add(score);
                    sql.append('?').append(parameters.size());
                }
            }
            sql.append(" END");
        }
        sql.append(" WHERE receipt_hash IN (");
        for (var pending : revisions) {
            parameters.add(pending.receipt());
            sql.append(pending == revisions.get(0) ? "?" : ", ?").append(parameters.size());
        }
        var update = em.createNativeQuery(sql.append(')').toString());
        for (int i = 0; i < parameters.size(); i++) {
            update.setParameter(i + 1, parameters.get(i));
        }
        // the rows it found (the driver's count): one fewer when a ballot was withdrawn since it was read; the batch is
        // then rolled back and written again, each ballot alone, so that the cast after the withdrawal is stored anew
        if (update.executeUpdate() != revisions.size()) {
            throw new BusinessException("ballot.error.retry");
        }
    }

    /** The ballot with the scores of its round's criteria of positive weight, once the round takes it. */
    private static Pending weighted(ScoringRound round, Pending pending, Instant now) {
        if (round == null || !round.includes(pending.nominationId())) {
            throw new BusinessException("general.error.notFound");
        }
        if (!round.isOpenAt(now)) {
            throw new BusinessException("round.error.notOpen");
        }
        round.requireScores(pending.scores(), true);
        var weighted = new EnumMap<Criterion, Integer>(Criterion.class);
        round.getWeights().forEach((criterion, weight) -> {
            if (weight > 0) {
                weighted.put(criterion, pending.scores().get(criterion));
            }
        });
        return new Pending(pending.roundId(), pending.nominationId(), pending.receipt(), weighted);
    }
}
