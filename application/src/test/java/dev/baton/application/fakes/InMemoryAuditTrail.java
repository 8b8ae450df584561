package dev.baton.application.fakes;

import dev.baton.application.audit.AuditEntry;
import dev.baton.application.audit.AuditQuery;
import dev.baton.application.audit.RecordedChange;
import dev.baton.application.audit.port.AuditLog;
import dev.baton.application.audit.port.AuditTrail;
import dev.baton.application.shared.Page;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audit trail as a list: what the services wrote down, read back newest first with the query's filters, and each
 * state as the text PostgreSQL's {@code jsonb} gives back ({@code AuditTrailContract}).
 */
public final class InMemoryAuditTrail implements AuditTrail, AuditLog {

    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    /** The actions written down, in order, as {@code entityType:action}. */
    public List<String> actions() {
        return entries.stream().map(e -> e.entityType() + ":" + e.action()).toList();
    }

    @Override
    public Page<RecordedChange> find(AuditQuery query) {
        List<RecordedChange> changes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            if (query.entityType().map(e.entityType()::equals).orElse(true)
                    && query.entityId().map(e.entityId()::equals).orElse(true)
                    && query.team()
                            .map(t -> e.team().equals(java.util.Optional.of(t)))
                            .orElse(true)
                    && query.actor().map(e.actor()::equals).orElse(true)
                    && query.from().map(f -> !e.at().isBefore(f)).orElse(true)
                    && query.until().map(u -> e.at().isBefore(u)).orElse(true)
                    && query.visibleTeams()
                            .map(v -> e.team().map(v::contains).orElse(false))
                            .orElse(true)) {
                changes.add(new RecordedChange(
                        i + 1,
                        e.at(),
                        e.actor(),
                        e.entityType(),
                        e.entityId(),
                        e.action(),
                        Jsonb.text(e.before()),
                        Jsonb.text(e.after()),
                        e.team().map(TeamId::value).orElse(null)));
            }
        }
        changes.sort(Comparator.comparing(RecordedChange::at)
                .thenComparing(RecordedChange::id)
                .reversed());
        return Pages.of(changes, query.page());
    }
}
