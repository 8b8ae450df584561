package dev.baton.adapters.persistence.metric;

import dev.baton.application.metric.CustomMetricRepository;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.formula.CustomMetric;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

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
        try {
            repository.persist(entity);
            repository.flush();
        } catch (ConstraintViolationException e) {
            throw keyTaken(metric.key());
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                throw keyTaken(metric.key());
            }
            throw e;
        }
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

    // Two admins defining the same key at once: the primary key decides, and the loser hears it as a field error.
    private static InvalidInputException keyTaken(MetricKey key) {
        return InvalidInputException.of(
                "key",
                "The catalog already has a metric " + key + "; choose another key.",
                "目录中已有指标 " + key + "，请换一个键。");
    }
}
