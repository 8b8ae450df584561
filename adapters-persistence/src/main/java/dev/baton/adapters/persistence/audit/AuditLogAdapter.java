package dev.baton.adapters.persistence.audit;

import dev.baton.application.audit.AuditQuery;
import dev.baton.application.audit.RecordedChange;
import dev.baton.application.audit.port.AuditLog;
import dev.baton.application.shared.Page;
import dev.baton.domain.team.TeamId;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class AuditLogAdapter implements AuditLog {

    private final AuditEntryPanacheRepository repository;

    @Inject
    public AuditLogAdapter(AuditEntryPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public Page<RecordedChange> find(AuditQuery query) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        query.entityType().ifPresent(v -> {
            where.add("entityType = :type");
            parameters.and("type", v);
        });
        query.entityId().ifPresent(v -> {
            where.add("entityId = :entity");
            parameters.and("entity", v);
        });
        query.team().ifPresent(v -> {
            where.add("teamId = :team");
            parameters.and("team", v.value());
        });
        query.actor().ifPresent(v -> {
            where.add("actor = :actor");
            parameters.and("actor", v);
        });
        query.from().ifPresent(v -> {
            where.add("occurredAt >= :from");
            parameters.and("from", v);
        });
        query.until().ifPresent(v -> {
            where.add("occurredAt < :until");
            parameters.and("until", v);
        });
        query.visibleTeams().ifPresent(teams -> {
            if (teams.isEmpty()) {
                where.add("1 = 0");
            } else {
                where.add("teamId in :visible");
                parameters.and("visible", teams.stream().map(TeamId::value).toList());
            }
        });
        Sort newestFirst = Sort.descending("occurredAt", "id");
        PanacheQuery<AuditEntryJpaEntity> found = where.isEmpty()
                ? repository.findAll(newestFirst)
                : repository.find(String.join(" and ", where), newestFirst, parameters);
        List<RecordedChange> items =
                found
                        .page(io.quarkus.panache.common.Page.of(
                                query.page().page(), query.page().size()))
                        .list()
                        .stream()
                        .map(e -> new RecordedChange(
                                e.id,
                                e.occurredAt,
                                e.actor,
                                e.entityType,
                                e.entityId,
                                e.action,
                                e.before,
                                e.after,
                                e.teamId))
                        .toList();
        return new Page<>(items, query.page().page(), query.page().size(), found.count());
    }
}
