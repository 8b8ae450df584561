package dev.baton.adapters.persistence.target;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class KpiTargetPanacheRepository implements PanacheRepositoryBase<KpiTargetJpaEntity, UUID> {}
