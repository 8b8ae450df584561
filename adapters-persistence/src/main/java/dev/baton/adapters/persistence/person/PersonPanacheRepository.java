package dev.baton.adapters.persistence.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PersonPanacheRepository implements PanacheRepositoryBase<PersonJpaEntity, Long> {}
