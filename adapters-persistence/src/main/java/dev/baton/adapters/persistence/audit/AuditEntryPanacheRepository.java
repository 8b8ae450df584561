package dev.baton.adapters.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuditEntryPanacheRepository implements PanacheRepositoryBase<AuditEntryJpaEntity, Long> {}
