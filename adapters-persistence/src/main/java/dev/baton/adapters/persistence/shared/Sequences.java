package dev.baton.adapters.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Hands out ids from the PostgreSQL sequences, so a new domain object has its id before it is stored. */
@ApplicationScoped
public class Sequences {

    private final EntityManager entityManager;

    @Inject
    public Sequences(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long next(String sequence) {
        Number value = (Number) entityManager
                .createNativeQuery("select nextval('" + sequence + "')")
                .getSingleResult();
        return value.longValue();
    }
}
