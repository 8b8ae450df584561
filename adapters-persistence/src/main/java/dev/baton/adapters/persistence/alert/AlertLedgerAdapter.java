package dev.baton.adapters.persistence.alert;

import dev.baton.application.alert.port.AlertLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;

/**
 * The alerted violations as {@code alert_sent}, keyed by the finding's key. Recording is an insert that does nothing on
 * a conflict, so of two instances alerting the same violation at once, the second waits for the first and then finds
 * it recorded.
 */
@ApplicationScoped
public class AlertLedgerAdapter implements AlertLedger {

    private final EntityManager entityManager;

    @Inject
    public AlertLedgerAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean record(String findingKey) {
        return entityManager
                        .createNativeQuery("insert into alert_sent (finding_key) values (?1) on conflict do nothing")
                        .setParameter(1, findingKey)
                        .executeUpdate()
                == 1;
    }

    @Override
    public int forgetAllBut(Collection<String> current) {
        if (current.isEmpty()) {
            return entityManager.createNativeQuery("delete from alert_sent").executeUpdate();
        }
        return entityManager
                .createNativeQuery("delete from alert_sent where finding_key not in (:current)")
                .setParameter("current", current)
                .executeUpdate();
    }
}
