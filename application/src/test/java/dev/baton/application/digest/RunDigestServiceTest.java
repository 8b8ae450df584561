package dev.baton.application.digest;

import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.notification.Recipient;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInText;
import dev.baton.domain.checkin.Confidence;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.notification.Message;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.Threshold;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The weekly digest over in-memory fakes: who gets what, in which language, and only once a week. */
class RunDigestServiceTest {

    private final NotificationFixture company = new NotificationFixture();
    private final RunDigestService digest = company.digest();

    private KpiTarget salesLeads() {
        return company.salesLeads;
    }

    @Test
    void aTeamLeadReadsTheirTeamsFindingsViolationsFirstTheirKpisBehindAndWhatWaitsForThem() {
        company.proposals.add(Proposal.open(
                Optional.of(MARKETING),
                SALES,
                MetricKey.of("new_revenue"),
                Optional.empty(),
                Period.quarter(2026, 4),
                Threshold.atLeast("150000"),
                Optional.of("share it with us"),
                Optional.empty(),
                "mia",
                Instant.parse("2026-11-10T09:00:00Z")));

        digest.run();

        Message mail = company.onlyMailTo(company.sam);
        String text = mail.text();
        assertThat(text).contains("Findings for Sales in 2026-Q4");
        assertThat(text).contains("- Violation: handoff");
        assertThat(text.indexOf("- Violation:")).isLessThan(text.indexOf("- Warning:"));
        assertThat(text).contains("https://baton.test/targets?team=2&period=2026-Q4");
        assertThat(text).contains("Your KPIs behind pace or off track");
        assertThat(text)
                .containsPattern("Sales: [^\\n]* is behind pace, off track https://baton.test/kpis/"
                        + salesLeads().id());
        assertThat(text).contains("Proposals waiting for you");
        assertThat(text).contains("Marketing proposes that Sales hold New revenue ≥ 150,000 in 2026-Q4");
        assertThat(text).contains("has no check-in yet");
        assertThat(text).contains(company.unsubscribe.urlFor(company.sam.person()));
        assertThat(NotificationFixture.html(mail)).contains(company.unsubscribe.urlFor(company.sam.person()));
        assertThat(mail.listUnsubscribe())
                .as("the List-Unsubscribe header's link")
                .contains(company.unsubscribe.urlFor(company.sam.person()));
        assertThat(text).doesNotContain("Alignment score\n");
    }

    @Test
    void theSubjectNamesTheScoreTheViolationsTheKpisBehindAndThePeriod() {
        digest.run();

        assertThat(company.onlyMailTo(company.sam).subject())
                .matches("Alignment \\d+/100, \\d+ violations, 1 KPI behind pace — 2026-Q4");
    }

    @Test
    void aCheckInOlderThanTwoWeeksIsDueAndARecentOneIsNot() {
        company.checkIns.add(CheckIn.record(salesLeads().id(), note("2026-10-30T09:00:00Z")));

        digest.run();

        assertThat(company.onlyMailTo(company.sam).text()).contains("last check-in on 2026-10-30");
    }

    @Test
    void aRecentCheckInIsNotDue() {
        company.checkIns.add(CheckIn.record(salesLeads().id(), note("2026-11-12T09:00:00Z")));

        digest.run();

        assertThat(company.onlyMailTo(company.sam).text())
                .contains("None: every target has a recent check-in.")
                .doesNotContain("last check-in on");
    }

    @Test
    void anExecutiveReadsTheScoreTheViolationsAndTheTeamsMostBehind() {
        Recipient eve = company.lead("Eve Executive", Locale.ENGLISH, Role.EXECUTIVE);

        digest.run();

        String text = company.onlyMailTo(eve).text();
        assertThat(text).contains("Alignment score");
        assertThat(text).containsPattern("Alignment \\d+/100 in 2026-Q4, no digest last week to compare with");
        assertThat(text).contains("Violations\n- Violation: ");
        assertThat(text).contains("Teams most behind\n- Sales: 1 of 1 KPIs behind pace or off track");
        assertThat(text).doesNotContain("Findings for");
    }

    @Test
    void nextWeekTheExecutiveReadsTheScoresChangeSinceLastWeek() {
        Recipient eve = company.lead("Eve Executive", Locale.ENGLISH, Role.EXECUTIVE);
        digest.run();
        company.clock.advance(Duration.ofDays(7));

        assertThat(digest.run().written()).isEqualTo(3);

        assertThat(company.mailsTo(eve)).hasSize(2);
        assertThat(company.mailsTo(eve).get(1).text()).contains("unchanged since last week");
    }

    @Test
    void aPersonWithBothRolesGetsBothPartsInOneMail() {
        Recipient both = company.lead("Bo Both", Locale.ENGLISH, Role.TEAM_LEAD, Role.EXECUTIVE);
        company.teams.update(company.teams.findById(MARKETING).orElseThrow().addMember(both.person()));

        digest.run();

        String text = company.onlyMailTo(both).text();
        assertThat(text)
                .contains("Alignment score")
                .contains("Teams most behind")
                .contains("Findings for Marketing");
    }

    @Test
    void someoneWhoTurnedTheDigestOffGetsNothing() {
        Recipient off = company.person("Olly Off", Locale.ENGLISH, false, Role.EXECUTIVE);

        DigestRun run = digest.run();

        assertThat(company.mailsTo(off)).isEmpty();
        assertThat(run.written()).isEqualTo(2);
    }

    @Test
    void aSecondRunInTheSameWeekWritesNothing() {
        assertThat(digest.run().written()).isEqualTo(2);
        int kept = company.outbox.kept().size();
        company.clock.advance(Duration.ofDays(3));

        assertThat(digest.run().written()).isZero();
        assertThat(company.outbox.kept()).hasSize(kept);
    }

    @Test
    void aChineseReaderGetsTheDigestInChinese() {
        Recipient chen = company.lead("陈 经理", Locale.SIMPLIFIED_CHINESE, Role.EXECUTIVE);

        digest.run();

        Message mail = company.onlyMailTo(chen);
        assertThat(mail.subject()).matches("对齐度 \\d+/100，\\d+ 项违规，1 个 KPI 落后于进度 — 2026-Q4");
        assertThat(mail.text()).contains("最落后的团队").contains("关闭每周摘要");
    }

    @Test
    void theHeadlineGoesToTheCompanyWebhookOnceAWeek() {
        company.webhooks.company("https://chat.example.com/hooks/company");

        digest.run();
        company.lead("Newt Newcomer", Locale.ENGLISH, Role.EXECUTIVE);
        assertThat(digest.run().written()).isEqualTo(1);

        assertThat(company.chats()).singleElement().satisfies(chat -> {
            assertThat(chat.address()).isEqualTo("https://chat.example.com/hooks/company");
            assertThat(chat.subject()).matches("Alignment \\d+/100, .* — 2026-Q4");
            assertThat(chat.text()).contains("https://baton.test/scorecard?period=2026-Q4");
        });
    }

    @Test
    void theWeekIsTheCompanysWeekInItsTimeZone() {
        company.clock.advance(Duration.ofDays(6).plusHours(16).plusMinutes(30)); // Sunday 22 Nov, 23:30 UTC
        digest.run();
        company.zone = ZoneId.of("Asia/Shanghai"); // already Monday 23 Nov, 07:30: the next week

        assertThat(digest.run().written()).isEqualTo(2);
    }

    @Test
    void onlyAnAdminOrTheScheduleMayRunIt() {
        company.actor = new Actor("sam", Optional.of(company.sam.person()), Set.of(Role.TEAM_LEAD), true);
        assertThatThrownBy(digest::run).isInstanceOf(ForbiddenException.class);

        company.actor = Actor.anonymous();
        assertThatThrownBy(digest::run).isInstanceOf(UnauthenticatedException.class);

        assertThat(company.outbox.kept()).isEmpty();
    }

    private static CheckInText note(String at) {
        return new CheckInText("On it", Confidence.ON_TRACK, Optional.empty(), "sam", Instant.parse(at));
    }
}
