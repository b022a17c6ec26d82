package org.laureate.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.laureate.audit.boundary.AuditFilter;
import org.laureate.audit.boundary.AuditService;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.platform.CapitalTime;
import org.omnifaces.util.Components;
import org.omnifaces.util.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The secretariat's audit log: filters, a page of entries read from the server as the table pages, and the
 * verification of the chain. Dates are those of the capitals (UTC+3).
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "log:table";

    @Inject
    AuditService audit;

    private String subject;
    private String subjectId;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter filter = AuditFilter.all();
    private List<String> subjects;
    private final Entries entries = new Entries();

    @PostConstruct
    void load() {
        subjects = audit.subjects();
    }

    /** Applies the filters from the first page on. */
    public void search() {
        filter = new AuditFilter(subject, subjectId, actor, action, startOf(from),
                to == null ? null : startOf(to.plusDays(1)));
        firstPage();
    }

    /** Clears the filters. */
    public void clear() {
        subject = null;
        subjectId = null;
        actor = null;
        action = null;
        from = null;
        to = null;
        filter = AuditFilter.all();
        firstPage();
    }

    private static void firstPage() {
        DataTable table = Components.findComponent(TABLE);
        table.setFirst(0);
    }

    /** Verifies the chain and its end against the head, and tells the result. */
    public void verify() {
        var found = audit.verify();
        var entry = found.entry();
        switch (found.outcome()) {
            case INTACT -> {
                Messages.addGlobalInfo("audit.verify.intact");
                if (!audit.anchored()) {
                    Messages.addGlobalWarn("audit.verify.notAnchored");
                }
            }
            case CONTRADICTS_ANCHOR -> {
                if (entry == null) {
                    Messages.addGlobalError("audit.verify.anchoredMissing");
                } else {
                    Messages.addGlobalError("audit.verify.contradictsAnchor", entry.getId(), when(entry));
                }
            }
            case FORGED_ANCHOR -> Messages.addGlobalError("audit.verify.forgedAnchor");
            case ALTERED -> Messages.addGlobalError("audit.verify.broken", entry.getId(), when(entry));
            case RUNS_PAST_HEAD -> Messages.addGlobalError("audit.verify.runsPastHead", entry.getId(), when(entry));
            case ENDS_BEFORE_HEAD -> {
                if (entry == null) {
                    Messages.addGlobalError("audit.verify.emptyBeforeHead");
                } else {
                    Messages.addGlobalError("audit.verify.endsBeforeHead", entry.getId(), when(entry));
                }
            }
            default -> throw new IllegalStateException(found.outcome().name());
        }
    }

    private String when(AuditEntry entry) {
        return CapitalTime.seconds(entry.getOccurredAt());
    }

    /** An instant as the date and time of the capitals. */
    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, AwardCycle.CAPITALS);
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(AwardCycle.CAPITALS).toInstant();
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** The entries that match the filters, one page at a time, newest first. */
    private final class Entries extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(audit.count(filter));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return audit.find(filter, first, pageSize);
        }
    }
}
