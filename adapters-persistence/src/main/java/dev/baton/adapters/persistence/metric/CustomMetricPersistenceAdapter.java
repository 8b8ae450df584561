package dev.baton.adapters.persistence.metric;

import dev.baton.adapters.persistence.shared.Flushing;
import dev.baton.application.metric.port.CustomMetricRepository;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.formula.CustomMetric;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CustomMetricPersistenceAdapter implements CustomMetricRepository {

    private final CustomMetricPanacheRepository repository;

    @Inject
    public CustomMetricPersistenceAdapter(CustomMetricPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public CustomMetric add(CustomMetric metric) {
        CustomMetricJpaEntity entity = new CustomMetricJpaEntity();
        CustomMetricMapper.copy(metric, entity);
        repository.persist(entity);
        // Two admins defining the same key at once: the primary key decides, and the loser hears it as a conflict.
        Flushing.flushGuarded(repository.getEntityManager(), "metric", metric.key());
        return CustomMetricMapper.toDomain(entity);
    }

    @Override
    public List<CustomMetric> findAll() {
        return repository.findAll(Sort.by("createdAt").and("metricKey")).stream()
                .map(CustomMetricMapper::toDomain)
                .toList();
    }

    @Override
    public Optional<CustomMetric> findByKey(MetricKey key) {
        return repository.findByIdOptional(key.value()).map(CustomMetricMapper::toDomain);
    }
}
