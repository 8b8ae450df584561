package dev.baton.adapters.persistence.metric;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CustomMetricPanacheRepository implements PanacheRepositoryBase<CustomMetricJpaEntity, String> {}
