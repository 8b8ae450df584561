package dev.baton.adapters.persistence.benchmark;

import dev.baton.application.benchmark.Fortune;
import dev.baton.application.benchmark.port.Fortunes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class FortunesAdapter implements Fortunes {

    private final EntityManager entityManager;

    @Inject
    public FortunesAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Fortune> all() {
        List<?> rows = entityManager
                .createNativeQuery("select id, message from fortune")
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Fortune(((Number) row[0]).intValue(), (String) row[1]))
                .toList();
    }
}
