package dev.baton.application.webhook.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.application.webhook.WebhookScope;
import dev.baton.application.webhook.WebhookSetting;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamName;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every WebhookSettings keeps: run against the in-memory fake and the PostgreSQL adapter. The company's
 * webhook is one row for the whole database, so each test that touches it starts by clearing what another left.
 */
public abstract class WebhookSettingsContract extends PortContract {

    protected abstract WebhookSettings webhooks();

    protected abstract TeamRepository teams();

    protected abstract PersonRepository people();

    private WebhookScope aTeam() {
        Person owner = call(() -> people().add(Person.create(
                people().nextId(),
                new PersonName("Webhook owner"),
                new EmailAddress(email("hook")),
                Set.of(Role.TEAM_LEAD))));
        Team team = call(() -> teams().add(Team.create(
                teams().nextId(), new TeamName(unique("Hooked")), DepartmentKind.SALES, owner.id())));
        return WebhookScope.of(team.id());
    }

    private void noCompanyWebhook() {
        call(() -> webhooks().find(WebhookScope.company()))
                .ifPresent(w -> run(() -> webhooks().remove(WebhookScope.company(), w.version())));
    }

    @Test
    public void aTeamsWebhookIsAddedAtVersionZeroAndFound() {
        WebhookScope team = aTeam();

        WebhookSetting added = call(() -> webhooks().add(team, "https://hooks.example.com/a"));

        assertThat(added).isEqualTo(new WebhookSetting(team, "https://hooks.example.com/a", 0));
        assertThat(call(() -> webhooks().find(team))).contains(added);
        assertThat(call(() -> webhooks().all())).contains(added);
        assertThat(call(() -> webhooks().find(aTeam()))).isEmpty();
    }

    @Test
    public void aSecondAddForTheSameScopeIsAConcurrentEdit() {
        WebhookScope team = aTeam();
        run(() -> webhooks().add(team, "https://hooks.example.com/first"));

        assertThatThrownBy(() -> run(() -> webhooks().add(team, "https://hooks.example.com/second")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(call(() -> webhooks().find(team)).orElseThrow().url()).isEqualTo("https://hooks.example.com/first");
    }

    @Test
    public void anUpdateMovesTheVersionOnAndAStaleOneIsRefused() {
        WebhookScope team = aTeam();
        run(() -> webhooks().add(team, "https://hooks.example.com/v0"));

        WebhookSetting updated = call(() -> webhooks().update(team, "https://hooks.example.com/v1", 0));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(call(() -> webhooks().find(team))).contains(updated);
        assertThatThrownBy(() -> run(() -> webhooks().update(team, "https://hooks.example.com/stale", 0)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> run(() -> webhooks().remove(team, 0))).isInstanceOf(ConcurrentEditException.class);
        assertThat(call(() -> webhooks().find(team))).contains(updated);
    }

    @Test
    public void aRemovedWebhookIsGoneAndCannotBeUpdated() {
        WebhookScope team = aTeam();
        run(() -> webhooks().add(team, "https://hooks.example.com/gone"));

        run(() -> webhooks().remove(team, 0));

        assertThat(call(() -> webhooks().find(team))).isEmpty();
        assertThatThrownBy(() -> run(() -> webhooks().update(team, "https://hooks.example.com/again", 0)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    public void theCompanyHasOneWebhookOfItsOwnBesideTheTeams() {
        noCompanyWebhook();
        WebhookScope team = aTeam();
        run(() -> webhooks().add(team, "https://hooks.example.com/team"));

        WebhookSetting company = call(() -> webhooks().add(WebhookScope.company(), "https://hooks.example.com/all"));

        assertThat(call(() -> webhooks().find(WebhookScope.company()))).contains(company);
        assertThat(call(() -> webhooks().all()).get(0)).isEqualTo(company);
        assertThatThrownBy(() -> run(() -> webhooks().add(WebhookScope.company(), "https://hooks.example.com/2")))
                .isInstanceOf(ConcurrentEditException.class);
        run(() -> webhooks().remove(WebhookScope.company(), company.version()));
        assertThat(call(() -> webhooks().find(WebhookScope.company()))).isEmpty();
        assertThat(call(() -> webhooks().find(team))).isPresent();
    }
}
