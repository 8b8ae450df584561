package dev.baton.adapters.persistence.webhook;

import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.webhook.WebhookScope;
import dev.baton.application.webhook.WebhookSetting;
import dev.baton.application.webhook.port.WebhookSettings;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * The rows of {@code chat_webhook} (V16). Each write is one conditional statement, so a lost race is a row count of
 * zero, answered as a concurrent edit: an insert that meets the unique index of its scope does nothing
 * ({@code on conflict do nothing}), an update or delete at a version that moved on touches nothing.
 */
@ApplicationScoped
public class WebhookSettingsAdapter implements WebhookSettings {

    private final EntityManager entityManager;

    @Inject
    public WebhookSettingsAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<WebhookSetting> find(WebhookScope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped("select team_id, url, version from chat_webhook where ", scope, 1)
                .getResultList();
        return rows.stream().findFirst().map(WebhookSettingsAdapter::toSetting);
    }

    @Override
    public List<WebhookSetting> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select team_id, url, version from chat_webhook order by team_id nulls first")
                .getResultList();
        return rows.stream().map(WebhookSettingsAdapter::toSetting).toList();
    }

    @Override
    public WebhookSetting add(WebhookScope scope, String url) {
        int inserted = scope.team()
                .map(team -> entityManager
                        .createNativeQuery("insert into chat_webhook (team_id, url) values (?1, ?2)"
                                + " on conflict (team_id) where team_id is not null do nothing")
                        .setParameter(1, team.value())
                        .setParameter(2, url))
                .orElseGet(() -> entityManager
                        .createNativeQuery("insert into chat_webhook (team_id, url) values (null, ?1)"
                                + " on conflict ((team_id is null)) where team_id is null do nothing")
                        .setParameter(1, url))
                .executeUpdate();
        if (inserted == 0) {
            throw new ConcurrentEditException("chat webhook", scope.key());
        }
        return find(scope).orElseThrow(() -> new ConcurrentEditException("chat webhook", scope.key()));
    }

    @Override
    public WebhookSetting update(WebhookScope scope, String url, long expectedVersion) {
        int updated = scoped(
                        "update chat_webhook set url = ?2, version = version + 1 where version = ?3 and ", scope, 1)
                .setParameter(2, url)
                .setParameter(3, expectedVersion)
                .executeUpdate();
        if (updated == 0) {
            throw new ConcurrentEditException("chat webhook", scope.key());
        }
        return find(scope).orElseThrow(() -> new ConcurrentEditException("chat webhook", scope.key()));
    }

    @Override
    public void remove(WebhookScope scope, long expectedVersion) {
        int removed = scoped("delete from chat_webhook where version = ?2 and ", scope, 1)
                .setParameter(2, expectedVersion)
                .executeUpdate();
        if (removed == 0) {
            throw new ConcurrentEditException("chat webhook", scope.key());
        }
    }

    /**
     * The statement narrowed to the scope's row, with the scope as parameter {@code parameter}: team ids are positive,
     * so 0 stands for the company's row, whose {@code team_id} is null.
     */
    private Query scoped(String statement, WebhookScope scope, int parameter) {
        return entityManager
                .createNativeQuery(statement + "coalesce(team_id, 0) = ?" + parameter)
                .setParameter(parameter, scope.team().map(TeamId::value).orElse(0L));
    }

    private static WebhookSetting toSetting(Object[] row) {
        WebhookScope scope =
                row[0] == null ? WebhookScope.company() : WebhookScope.of(new TeamId(((Number) row[0]).longValue()));
        return new WebhookSetting(scope, row[1].toString(), ((Number) row[2]).longValue());
    }
}
