package dev.baton.adapters.persistence.notification;

import dev.baton.application.notification.port.Webhooks;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WebhooksAdapter implements Webhooks {

    private final EntityManager entityManager;

    @Inject
    public WebhooksAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<String> company() {
        return first(entityManager
                .createNativeQuery("select url from chat_webhook where team_id is null")
                .getResultList());
    }

    @Override
    public Optional<String> team(TeamId team) {
        return first(entityManager
                .createNativeQuery("select url from chat_webhook where team_id = ?1")
                .setParameter(1, team.value())
                .getResultList());
    }

    private static Optional<String> first(List<?> urls) {
        return urls.stream().findFirst().map(Object::toString);
    }
}
