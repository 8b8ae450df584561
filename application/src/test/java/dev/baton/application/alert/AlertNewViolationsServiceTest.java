package dev.baton.application.alert;

import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.digest.NotificationFixture;
import dev.baton.application.notification.Recipient;
import dev.baton.domain.notification.Message;
import dev.baton.domain.person.Role;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.TargetTestData;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Alerts on new violations over in-memory fakes: once while a violation persists, again once it came back. */
class AlertNewViolationsServiceTest {

    private final NotificationFixture company = new NotificationFixture();
    private final AlertNewViolationsService alerts = company.alerts();

    private static final String MARKETING_HOLDS_NO_KPI = "Marketing holds no KPI in 2026-Q4";

    private List<Message> mailsSaying(Recipient to, String words) {
        return company.mailsTo(to).stream()
                .filter(m -> m.text().contains(words))
                .toList();
    }

    @Test
    void aNewViolationIsMailedToTheOwnerOfTheTeamItNamesWithItsLink() {
        int alerted = alerts.alert();

        assertThat(alerted).isPositive();
        assertThat(mailsSaying(company.mia, MARKETING_HOLDS_NO_KPI))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("New violation for Marketing — 2026-Q4");
                    assertThat(mail.kind()).isEqualTo("alert");
                    assertThat(mail.text()).contains("https://baton.test/targets?team=1&period=2026-Q4");
                    assertThat(mail.listUnsubscribe()).contains(company.unsubscribe.urlFor(company.mia.person()));
                });
        assertThat(mailsSaying(company.sam, MARKETING_HOLDS_NO_KPI)).isEmpty();
    }

    @Test
    void aViolationAlreadyAlertedIsNotSentAgainWhileItPersists() {
        alerts.alert();
        int kept = company.outbox.kept().size();

        assertThat(alerts.alert()).isZero();
        assertThat(company.outbox.kept()).hasSize(kept);
    }

    @Test
    void aViolationThatWentAwayAndCameBackIsAlertedAgain() {
        alerts.alert();
        KpiTarget marketingKpi = TargetTestData.aTarget()
                .forTeam(MARKETING)
                .on("leads")
                .in("2026-Q4")
                .atLeast("1000")
                .build();
        company.store.targets.add(marketingKpi);
        alerts.alert();
        assertThat(company.alertLedger.alerted()).noneMatch(key -> key.startsWith("2026-Q4:TEAM_WITHOUT_KPI"));

        company.store.targets.remove(marketingKpi);
        alerts.alert();

        assertThat(mailsSaying(company.mia, MARKETING_HOLDS_NO_KPI)).hasSize(2);
    }

    @Test
    void aMemberLeadGetsTheAlertInTheirLanguage() {
        Recipient li = company.lead("李 销售", Locale.SIMPLIFIED_CHINESE, Role.TEAM_LEAD);
        company.teams.update(company.teams.findById(SALES).orElseThrow().addMember(li.person()));

        alerts.alert();

        assertThat(company.mailsTo(li)).isNotEmpty().allSatisfy(mail -> assertThat(mail.subject())
                .contains("出现新的违规"));
    }

    @Test
    void theAlertIsPostedToTheTeamsWebhookElseTheCompanysOncePerWebhook() {
        company.webhooks.team(MARKETING, "https://chat.example.com/hooks/marketing");
        company.webhooks.company("https://chat.example.com/hooks/company");

        alerts.alert();

        List<Message> marketingNoKpi = company.chats().stream()
                .filter(chat -> chat.text().contains(MARKETING_HOLDS_NO_KPI))
                .toList();
        assertThat(marketingNoKpi).singleElement().satisfies(chat -> {
            assertThat(chat.address()).isEqualTo("https://chat.example.com/hooks/marketing");
            assertThat(chat.text()).contains("https://baton.test/targets?team=1&period=2026-Q4");
        });
        assertThat(company.chats())
                .filteredOn(chat -> chat.text().startsWith("New violation for Marketing and Sales in 2026-Q4"))
                .extracting(Message::address)
                .containsExactlyInAnyOrder(
                        "https://chat.example.com/hooks/marketing", "https://chat.example.com/hooks/company");
    }

    @Test
    void aTeamLeadMayNotRunTheAlerts() {
        company.actor = new Actor("sam", Optional.of(company.sam.person()), Set.of(Role.TEAM_LEAD), true);

        assertThatThrownBy(alerts::alert).isInstanceOf(ForbiddenException.class);
    }
}
