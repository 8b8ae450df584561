package dev.baton.application.notification.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.application.webhook.WebhookScope;
import dev.baton.application.webhook.port.WebhookSettings;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every Webhooks keeps: the notifications read exactly the URLs an admin's settings stored, the company's
 * and each team's apart, and nothing once one is removed. Run against the in-memory fake and the PostgreSQL adapter;
 * the company's webhook is one row for the whole database, so a test that touches it first clears what another left.
 */
public abstract class WebhooksContract extends PortContract {

    protected abstract Webhooks webhooks();

    protected abstract WebhookSettings settings();

    protected abstract TeamRepository teams();

    protected abstract PersonRepository people();

    private TeamId aTeam() {
        Person owner = call(() -> people().add(Person.create(
                people().nextId(),
                new PersonName("Webhook reader"),
                new EmailAddress(email("hooks")),
                Set.of(Role.TEAM_LEAD))));
        Team team = call(() -> teams().add(Team.create(
                teams().nextId(), new TeamName(unique("Chat")), DepartmentKind.MARKETING, owner.id())));
        return team.id();
    }

    private void noCompanyWebhook() {
        call(() -> settings().find(WebhookScope.company()))
                .ifPresent(w -> run(() -> settings().remove(WebhookScope.company(), w.version())));
    }

    @Test
    public void aTeamsStoredWebhookIsReadForThatTeamOnly() {
        TeamId team = aTeam();
        TeamId other = aTeam();

        run(() -> settings().add(WebhookScope.of(team), "https://hooks.example.com/team"));

        assertThat(call(() -> webhooks().team(team))).contains("https://hooks.example.com/team");
        assertThat(call(() -> webhooks().team(other))).isEmpty();
    }

    @Test
    public void theCompanysWebhookIsReadApartFromTheTeams() {
        noCompanyWebhook();
        TeamId team = aTeam();
        assertThat(call(() -> webhooks().company())).isEmpty();

        run(() -> settings().add(WebhookScope.company(), "https://hooks.example.com/company"));

        assertThat(call(() -> webhooks().company())).contains("https://hooks.example.com/company");
        assertThat(call(() -> webhooks().team(team))).isEmpty();
        noCompanyWebhook();
    }

    @Test
    public void aChangedWebhookIsReadAsChangedAndARemovedOneIsGone() {
        TeamId team = aTeam();
        WebhookScope scope = WebhookScope.of(team);
        long version = call(() -> settings().add(scope, "https://hooks.example.com/old"))
                .version();

        long changed = call(() -> settings().update(scope, "https://hooks.example.com/new", version))
                .version();
        assertThat(call(() -> webhooks().team(team))).contains("https://hooks.example.com/new");

        run(() -> settings().remove(scope, changed));
        assertThat(call(() -> webhooks().team(team))).isEmpty();
    }
}
