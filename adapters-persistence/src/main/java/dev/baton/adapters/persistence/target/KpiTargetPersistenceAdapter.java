package dev.baton.adapters.persistence.target;

import dev.baton.adapters.persistence.shared.Flushing;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class KpiTargetPersistenceAdapter implements TargetRepository {

    private static final Sort ORDER =
            Sort.by("period").and("teamId").and("metric").and("id");

    private final KpiTargetPanacheRepository repository;

    @Inject
    public KpiTargetPersistenceAdapter(KpiTargetPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public KpiTarget add(KpiTarget target) {
        KpiTargetJpaEntity entity = new KpiTargetJpaEntity();
        KpiTargetMapper.copy(target, entity);
        repository.persist(entity);
        Flushing.flushGuarded(repository.getEntityManager(), "target", target.id());
        return KpiTargetMapper.toDomain(entity);
    }

    @Override
    public KpiTarget update(KpiTarget target) {
        KpiTargetJpaEntity entity = existing(target);
        KpiTargetMapper.copy(target, entity);
        Flushing.flushGuarded(repository.getEntityManager(), "target", target.id());
        return KpiTargetMapper.toDomain(entity);
    }

    @Override
    public void remove(KpiTarget target) {
        KpiTargetJpaEntity entity = existing(target);
        repository.delete(entity);
        Flushing.flushGuarded(repository.getEntityManager(), "target", target.id());
    }

    private KpiTargetJpaEntity existing(KpiTarget target) {
        KpiTargetJpaEntity entity = repository
                .findByIdOptional(target.id().value())
                .orElseThrow(() -> new NotFoundException("target", target.id()));
        if (entity.version != target.version()) {
            throw new ConcurrentEditException("target", target.id());
        }
        return entity;
    }

    @Override
    public Optional<KpiTarget> findById(KpiTargetId id) {
        return repository.findByIdOptional(id.value()).map(KpiTargetMapper::toDomain);
    }

    @Override
    public Page<KpiTarget> list(
            Optional<TeamId> team, Optional<Period> period, Optional<MetricKey> metric, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        team.ifPresent(t -> {
            conditions.add("teamId = :team");
            parameters.and("team", t.value());
        });
        period.ifPresent(p -> {
            conditions.add("period = :period");
            parameters.and("period", p.format());
        });
        metric.ifPresent(m -> {
            conditions.add("metric = :metric");
            parameters.and("metric", m.value());
        });
        PanacheQuery<KpiTargetJpaEntity> query = conditions.isEmpty()
                ? repository.findAll(ORDER)
                : repository.find(String.join(" and ", conditions), ORDER, parameters);
        List<KpiTarget> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(KpiTargetMapper::toDomain)
                .toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }

    @Override
    public List<KpiTarget> inPeriods(Collection<Period> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return repository
                .list(
                        "period in ?1",
                        ORDER,
                        periods.stream().map(Period::format).toList())
                .stream()
                .map(KpiTargetMapper::toDomain)
                .toList();
    }

    @Override
    public List<KpiTarget> of(TeamId team, Period period) {
        return repository.list("teamId = ?1 and period = ?2", ORDER, team.value(), period.format()).stream()
                .map(KpiTargetMapper::toDomain)
                .toList();
    }

    @Override
    public boolean slotTaken(
            TeamId team, MetricKey metric, Optional<StageScope> scope, Period period, Optional<KpiTargetId> except) {
        String scopeCondition = scope.isPresent() ? "scopeFrom = :from and scopeTo = :to" : "scopeFrom is null";
        Parameters parameters = Parameters.with("team", team.value())
                .and("metric", metric.value())
                .and("period", period.format());
        scope.ifPresent(s -> parameters.and("from", s.from()).and("to", s.to()));
        String query = "teamId = :team and metric = :metric and period = :period and " + scopeCondition;
        if (except.isPresent()) {
            query += " and id <> :except";
            parameters.and("except", except.get().value());
        }
        return repository.count(query, parameters) > 0;
    }
}
