package dev.baton.adapters.persistence.signin;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserAccountPanacheRepository implements PanacheRepositoryBase<UserAccountJpaEntity, String> {}
