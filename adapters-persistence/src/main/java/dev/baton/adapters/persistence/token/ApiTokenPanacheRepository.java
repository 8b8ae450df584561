package dev.baton.adapters.persistence.token;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ApiTokenPanacheRepository implements PanacheRepositoryBase<ApiTokenJpaEntity, Long> {}
