package dev.baton.adapters.persistence.funnel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FunnelPanacheRepository implements PanacheRepositoryBase<FunnelJpaEntity, Long> {}
