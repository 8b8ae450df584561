package dev.baton.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin setting and clearing the company's and the teams' chat webhooks, over the in-memory fakes. */
class WebhookSettingsServiceTest {

    private static final String SLACK = "https://hooks.slack.com/services/T000/B000/secret";

    private final World world = new World();
    private final WebhookSettingsService webhooks =
            new WebhookSettingsService(world.webhooks, world.teams, world.access(), world.auditor());
    private Team sales;
    private Person lead;

    @BeforeEach
    void anAdminAndATeam() {
        lead = world.person("Lee Lead", Role.TEAM_LEAD);
        sales = world.team("Sales", DepartmentKind.SALES, lead);
        world.signInAdmin();
    }

    @Test
    void nothingIsSetAtFirstAndEveryActiveTeamIsListed() {
        WebhookOverview overview = webhooks.overview();

        assertThat(overview.company()).isEmpty();
        assertThat(overview.teams()).singleElement().satisfies(t -> {
            assertThat(t.teamName()).isEqualTo("Sales");
            assertThat(t.webhook()).isEmpty();
        });
    }

    @Test
    void anAdminSetsTheCompanysAndATeamsWebhookAndTheAuditShowsOnlyTheHost() {
        WebhookSetting company = webhooks.set(SetWebhookCommand.company(SLACK, null));
        WebhookSetting team = webhooks.set(SetWebhookCommand.team(sales.id().value(), "http://chat.local/hook", null));

        WebhookOverview overview = webhooks.overview();
        assertThat(overview.company()).contains(company);
        assertThat(overview.teams().get(0).webhook()).contains(team);
        assertThat(world.audit.actions()).containsExactly("chat-webhook:create", "chat-webhook:create");
        assertThat(world.audit.entries.get(0).after()).containsEntry("url", "https://hooks.slack.com/…");
        assertThat(world.audit.entries.get(1).team()).contains(sales.id());
    }

    @Test
    void changingAWebhookNeedsTheVersionReadAndAStaleOneIsAConcurrentEdit() {
        WebhookSetting first = webhooks.set(SetWebhookCommand.company(SLACK, null));

        WebhookSetting second = webhooks.set(SetWebhookCommand.company("https://chat.example.com/2", first.version()));

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(() -> webhooks.set(SetWebhookCommand.company("https://x.example.com", first.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> webhooks.set(SetWebhookCommand.company("https://x.example.com", null)))
                .as("someone set it since the admin saw none")
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> webhooks.clear(ClearWebhookCommand.company(first.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(webhooks.overview().company()).contains(second);
    }

    @Test
    void aClearedWebhookIsGoneAndClearingItAgainIsNotFound() {
        WebhookSetting set = webhooks.set(SetWebhookCommand.team(sales.id().value(), SLACK, null));

        webhooks.clear(ClearWebhookCommand.team(sales.id().value(), set.version()));

        assertThat(webhooks.overview().teams().get(0).webhook()).isEmpty();
        assertThat(world.audit.actions()).endsWith("chat-webhook:remove");
        assertThatThrownBy(
                        () -> webhooks.clear(ClearWebhookCommand.team(sales.id().value(), set.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> webhooks.set(SetWebhookCommand.team(sales.id().value(), SLACK, set.version())))
                .as("someone cleared it since the admin read it")
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aWebhookIsAnAbsoluteHttpOrHttpsUrlOfAtMost2000Characters() {
        for (String bad : new String[] {
            "",
            " ",
            "hooks.slack.com/services/x",
            "ftp://files.example.com/x",
            "https:///nohost",
            "javascript:alert(1)",
            "https://" + "a".repeat(2000) + ".example.com"
        }) {
            assertThatThrownBy(() -> SetWebhookCommand.company(bad, null))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(Fields.of(e)).containsExactly("url"));
        }
        assertThat(SetWebhookCommand.company("  HTTPS://Hooks.Example.com/x  ", null)
                        .url())
                .isEqualTo("HTTPS://Hooks.Example.com/x");
    }

    @Test
    void aTeamThatDoesNotExistOrIsArchivedHasNoWebhook() {
        world.teams.update(sales.archive());

        assertThatThrownBy(() -> webhooks.set(SetWebhookCommand.team(sales.id().value(), SLACK, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> webhooks.set(SetWebhookCommand.team(999, SLACK, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAnAdminReadsOrChangesWebhooks() {
        world.signIn(lead);
        assertThatThrownBy(webhooks::overview).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> webhooks.set(SetWebhookCommand.company(SLACK, null)))
                .isInstanceOf(ForbiddenException.class);
        world.signOut();
        assertThatThrownBy(() -> webhooks.clear(ClearWebhookCommand.company(0L)))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(world.webhooks.all()).isEmpty();
    }
}
