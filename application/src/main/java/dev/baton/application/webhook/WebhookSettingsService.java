package dev.baton.application.webhook;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.application.webhook.WebhookOverview.TeamWebhook;
import dev.baton.application.webhook.port.WebhookSettings;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The admin's chat webhooks: one for the company and one per active team. Only admins read or change them, because an
 * incoming-webhook URL is a secret that lets anyone post to the channel. Changes are audited with the URL's host only.
 */
@ApplicationScoped
public class WebhookSettingsService implements GetWebhooksUseCase, SetWebhookUseCase, ClearWebhookUseCase {

    private final WebhookSettings webhooks;
    private final TeamRepository teams;
    private final AccessPolicy access;
    private final Auditor auditor;

    @Inject
    public WebhookSettingsService(
            WebhookSettings webhooks, TeamRepository teams, AccessPolicy access, Auditor auditor) {
        this.webhooks = webhooks;
        this.teams = teams;
        this.access = access;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public WebhookOverview overview() {
        access.requireAdmin();
        Map<WebhookScope, WebhookSetting> stored =
                webhooks.all().stream().collect(Collectors.toMap(WebhookSetting::scope, Function.identity()));
        List<TeamWebhook> rows = new ArrayList<>();
        for (Team team : teams.allActive()) {
            rows.add(new TeamWebhook(
                    team.id(), team.name().value(), Optional.ofNullable(stored.get(WebhookScope.of(team.id())))));
        }
        return new WebhookOverview(Optional.ofNullable(stored.get(WebhookScope.company())), rows);
    }

    @Override
    @Transactional
    public WebhookSetting set(SetWebhookCommand command) {
        access.requireAdmin();
        WebhookScope scope = command.scope();
        scope.team().ifPresent(this::requireActiveTeam);
        Optional<WebhookSetting> before = webhooks.find(scope);
        if (before.isPresent() != command.version().isPresent()
                || before.map(b -> b.version() != command.version().get()).orElse(false)) {
            throw new ConcurrentEditException("chat webhook", scope.key());
        }
        if (before.isPresent() && before.get().url().equals(command.url())) {
            return before.get();
        }
        WebhookSetting after = before.isPresent()
                ? webhooks.update(scope, command.url(), before.get().version())
                : webhooks.add(scope, command.url());
        auditor.record(
                "chat-webhook",
                scope.key(),
                before.isPresent() ? "edit" : "create",
                before.map(WebhookSettingsService::described).orElse(Map.of()),
                described(after),
                scope.team());
        return after;
    }

    @Override
    @Transactional
    public void clear(ClearWebhookCommand command) {
        access.requireAdmin();
        WebhookScope scope = command.scope();
        scope.team().ifPresent(this::requireActiveTeam);
        WebhookSetting before =
                webhooks.find(scope).orElseThrow(() -> new NotFoundException("chat webhook", scope.key()));
        if (before.version() != command.version()) {
            throw new ConcurrentEditException("chat webhook", scope.key());
        }
        webhooks.remove(scope, command.version());
        auditor.record("chat-webhook", scope.key(), "remove", described(before), Map.of(), scope.team());
    }

    private void requireActiveTeam(TeamId team) {
        teams.findById(team).filter(t -> !t.archived()).orElseThrow(() -> new NotFoundException("team", team));
    }

    private static Map<String, Object> described(WebhookSetting setting) {
        return Map.of("url", WebhookUrls.masked(setting.url()));
    }
}
