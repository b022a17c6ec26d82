package org.laureate.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.platform.web.LanguageBacking;
import org.laureate.platform.web.MessageKeys;
import org.laureate.scoring.boundary.RoundForm;
import org.laureate.scoring.boundary.RoundService;
import org.laureate.scoring.boundary.RoundTotals;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.omnifaces.util.Messages;

/**
 * The secretariat's scoring rounds of a cycle: a new round to open (window in Moscow time, weights, ranking rule), and
 * each round's progress, counts only, with a way to close it early.
 */
@Named
@ViewScoped
public class RoundAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DAYS = 14;

    @Inject
    RoundService rounds;

    @Inject
    Clock clock;

    @Inject
    LanguageBacking language;

    private Long cycle;
    private transient List<ScoringRound> list;
    private transient Map<Long, RoundTotals> progress;
    private String title;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private final Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
    private RankingRule rankingRule;
    private String overlapReason;

    /** Loads the rounds of the cycle named by the view parameter and fills the new round's defaults. */
    public void load() {
        title = ResourceBundle.getBundle(MessageKeys.BUNDLE, language.getLocale()).getString(
                "scoring.admin.defaultTitle");
        opensAt = LocalDateTime.now(clock.withZone(AwardCycle.CAPITALS)).truncatedTo(ChronoUnit.MINUTES);
        closesAt = opensAt.plusDays(DEFAULT_DAYS);
        weights.clear();
        weights.putAll(ScoringRound.equalWeights());
        rankingRule = RankingRule.TRIMMED_MEAN;
        refresh();
    }

    public void open() {
        var opened = rounds.open(cycle, new RoundForm(title, opensAt.atZone(AwardCycle.CAPITALS).toInstant(),
                closesAt.atZone(AwardCycle.CAPITALS).toInstant(), weights, rankingRule, overlapReason));
        overlapReason = null;
        Messages.addGlobalInfo("scoring.admin.opened", opened.getTitle());
        refresh();
    }

    public void close(ScoringRound round) {
        rounds.close(round.getId());
        Messages.addGlobalInfo("scoring.admin.closedNow", round.getTitle());
        refresh();
    }

    private void refresh() {
        list = rounds.rounds(cycle);
        progress = new HashMap<>();
        for (var round : list) {
            progress.put(round.getId(), rounds.totals(round.getId()));
        }
    }

    public boolean isOpen(ScoringRound round) {
        return round.isOpenAt(clock.instant());
    }

    public boolean isClosed(ScoringRound round) {
        return round.isClosedAt(clock.instant());
    }

    public Criterion[] getCriteria() {
        return Criterion.values();
    }

    public RankingRule[] getRankingRules() {
        return RankingRule.values();
    }

    public Long getCycle() {
        return cycle;
    }

    public void setCycle(Long cycle) {
        this.cycle = cycle;
    }

    public List<ScoringRound> getList() {
        return list;
    }

    public Map<Long, RoundTotals> getProgress() {
        return progress;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Map<Criterion, Integer> getWeights() {
        return weights;
    }

    public RankingRule getRankingRule() {
        return rankingRule;
    }

    public void setRankingRule(RankingRule rankingRule) {
        this.rankingRule = rankingRule;
    }

    public String getOverlapReason() {
        return overlapReason;
    }

    public void setOverlapReason(String overlapReason) {
        this.overlapReason = overlapReason;
    }
}
