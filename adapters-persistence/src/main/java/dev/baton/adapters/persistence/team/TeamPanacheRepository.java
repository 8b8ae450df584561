package dev.baton.adapters.persistence.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TeamPanacheRepository implements PanacheRepositoryBase<TeamJpaEntity, Long> {}
