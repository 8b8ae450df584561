package dev.baton.adapters.persistence.digest;

import dev.baton.application.digest.port.DigestLedger;
import dev.baton.application.notification.IsoWeek;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The digest ledger as {@code digest_sent}, unique on (person_id, week). A claim is an insert that does nothing on a
 * conflict: PostgreSQL makes a second transaction inserting the same key wait for the first, and then reports no row
 * inserted once the first commits, so two instances running the digest at once write each person's digest once.
 */
@ApplicationScoped
public class DigestLedgerAdapter implements DigestLedger {

    private final EntityManager entityManager;

    @Inject
    public DigestLedgerAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean claim(PersonId person, IsoWeek week, Period period, int score) {
        return entityManager
                        .createNativeQuery(
                                "insert into digest_sent (person_id, week, period, score) values (?1, ?2, ?3, ?4)"
                                        + " on conflict (person_id, week) do nothing")
                        .setParameter(1, person.value())
                        .setParameter(2, week.format())
                        .setParameter(3, period.format())
                        .setParameter(4, score)
                        .executeUpdate()
                == 1;
    }

    @Override
    public Optional<Integer> scoreOf(IsoWeek week, Period period) {
        @SuppressWarnings("unchecked")
        List<Object> scores = entityManager
                .createNativeQuery("select score from digest_sent where week = ?1 and period = ?2"
                        + " order by written_at desc limit 1")
                .setParameter(1, week.format())
                .setParameter(2, period.format())
                .getResultList();
        return scores.stream().findFirst().map(score -> ((Number) score).intValue());
    }

    @Override
    public boolean claimHeadlinePost(IsoWeek week) {
        return entityManager
                        .createNativeQuery("insert into digest_headline_post (week) values (?1) on conflict do nothing")
                        .setParameter(1, week.format())
                        .executeUpdate()
                == 1;
    }
}
