package dev.baton.adapters.persistence.notification;

import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.port.Recipients;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** People joined to their sign-in: a person without one gets no mail, having no way to act on it. */
@ApplicationScoped
public class RecipientsAdapter implements Recipients {

    private static final String SELECT = "select p.id, p.name, p.email, coalesce(p.language, 'en'), p.digest_wanted,"
            + " (select string_agg(r.role, ',') from person_role r where r.person_id = p.id)"
            + " from person p join user_account a on a.person_id = p.id";

    private final EntityManager entityManager;

    @Inject
    public RecipientsAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Recipient> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager.createNativeQuery(SELECT + " order by p.id").getResultList();
        return rows.stream().map(RecipientsAdapter::toRecipient).toList();
    }

    @Override
    public Optional<Recipient> find(PersonId person) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(SELECT + " where p.id = ?1")
                .setParameter(1, person.value())
                .getResultList();
        return rows.stream().findFirst().map(RecipientsAdapter::toRecipient);
    }

    private static Recipient toRecipient(Object[] row) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (row[5] != null) {
            for (String role : row[5].toString().split(",")) {
                roles.add(Role.valueOf(role));
            }
        }
        return new Recipient(
                new PersonId(((Number) row[0]).longValue()),
                row[1].toString(),
                new EmailAddress(row[2].toString()),
                roles,
                Locale.forLanguageTag(row[3].toString()),
                (Boolean) row[4]);
    }
}
