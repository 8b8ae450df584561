package dev.baton.adapters.persistence.metric;

import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.formula.CustomMetric;
import dev.baton.domain.shared.LocalizedText;

final class CustomMetricMapper {

    private CustomMetricMapper() {}

    static CustomMetric toDomain(CustomMetricJpaEntity entity) {
        return new CustomMetric(
                MetricKey.of(entity.metricKey),
                LocalizedText.of(entity.nameEn, entity.nameZh),
                LocalizedText.of(entity.descriptionEn, entity.descriptionZh),
                Unit.valueOf(entity.unit),
                Direction.valueOf(entity.direction),
                Category.valueOf(entity.category),
                entity.formula);
    }

    static void copy(CustomMetric metric, CustomMetricJpaEntity entity) {
        entity.metricKey = metric.key().value();
        entity.nameEn = metric.name().en();
        entity.nameZh = metric.name().zhCn();
        entity.descriptionEn = metric.description().en();
        entity.descriptionZh = metric.description().zhCn();
        entity.unit = metric.unit().name();
        entity.direction = metric.direction().name();
        entity.category = metric.category().name();
        entity.formula = metric.formula();
    }
}
