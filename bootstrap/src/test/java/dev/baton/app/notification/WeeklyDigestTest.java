package dev.baton.app.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.schedule.AlertSchedule;
import dev.baton.app.schedule.DigestSchedule;
import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.access.SystemWork;
import dev.baton.application.digest.RunDigestUseCase;
import dev.baton.application.notification.IsoWeek;
import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.port.Recipients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The weekly digest over PostgreSQL, on the demo company, with the clock on Sunday 22 November 2026 at 23:30 UTC and
 * the company in Shanghai, where it is already Monday 23 November, 07:30: week 2026-W48, not the UTC week 2026-W47.
 * The triggers are paused (see {@code baton.schedules.paused}); the tests run the jobs as the triggers would.
 */
@QuarkusTest
@TestProfile(WeeklyDigestTest.DemoCompanyInShanghai.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WeeklyDigestTest {

    public static class DemoCompanyInShanghai implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "baton.demo-data", "true",
                    "baton.test.now", "2026-11-22T23:30:00Z",
                    "baton.timezone", "Asia/Shanghai",
                    "baton.public-url", "https://baton.example.com");
        }
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    RunDigestUseCase digest;

    @Inject
    DigestSchedule schedule;

    @Inject
    AlertSchedule alerts;

    @Inject
    Scheduler scheduler;

    @Inject
    SystemWork systemWork;

    @Inject
    Recipients recipients;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    private record Row(String address, String subject, String text, String html) {}

    private List<Row> digests() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager
                    .createNativeQuery("select address, subject, body_text, body_html from outbox_message"
                            + " where kind = 'digest' and channel = 'MAIL' order by id")
                    .getResultList();
            return rows.stream()
                    .map(r -> new Row((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                    .toList();
        });
    }

    private List<Recipient> wanting() {
        return QuarkusTransaction.requiringNew().call(() -> recipients.all().stream()
                .filter(Recipient::digestWanted)
                .toList());
    }

    @Test
    @Order(1)
    void anAdminRunsTheDigestAndEveryoneWithASignInHasOneMailWithItsLinksInBothParts() {
        List<Recipient> wanting = wanting();
        assertThat(wanting).hasSizeGreaterThan(2);

        AdminApi.admin()
                .post("/api/notifications/digest")
                .then()
                .statusCode(200)
                .body("written", equalTo(wanting.size()));

        List<Row> rows = digests();
        assertThat(rows)
                .extracting(Row::address)
                .containsExactlyInAnyOrderElementsOf(
                        wanting.stream().map(r -> r.email().value()).toList());
        for (Row row : rows) {
            assertThat(row.subject()).matches("Alignment \\d+/100, .* — 2026-Q4");
            assertThat(row.text()).contains("https://baton.example.com/unsubscribe/");
            assertThat(row.html())
                    .contains("https://baton.example.com/unsubscribe/")
                    .doesNotContain("<img", "<link");
        }
        List<Row> withFindings = rows.stream()
                .filter(row -> row.text().contains("https://baton.example.com/targets?team="))
                .toList();
        assertThat(withFindings).isNotEmpty().allSatisfy(row -> assertThat(row.html())
                .contains("https://baton.example.com/targets?team=")
                .contains("style=\""));
        assertThat(rows).anySatisfy(row -> assertThat(row.text()).contains("Violation: "));
    }

    @Test
    @Order(2)
    void aSecondRunTheSameWeekWritesNothing() {
        int before = digests().size();

        AdminApi.admin()
                .post("/api/notifications/digest")
                .then()
                .statusCode(200)
                .body("written", equalTo(0));

        assertThat(digests()).hasSize(before);
    }

    @Test
    @Order(3)
    void onlyAnAdminMayRunIt() {
        long lead = AdminApi.person("Lee Lead", "TEAM_LEAD");
        String username = AdminApi.signIn(lead, "lee", "lead-secret-123");

        given().auth()
                .preemptive()
                .basic(username, "lead-secret-123")
                .post("/api/notifications/digest")
                .then()
                .statusCode(403);
        given().post("/api/notifications/digest").then().statusCode(401);
    }

    @Test
    @Order(4)
    void theWeekIsTheIsoWeekOfTheClockInTheCompanysTimeZone() {
        String week = IsoWeek.of(clock.instant(), SHANGHAI).format();
        assertThat(week).isEqualTo("2026-W48");

        @SuppressWarnings("unchecked")
        List<Object> weeks = QuarkusTransaction.requiringNew().call(() -> (List<Object>) entityManager
                .createNativeQuery("select distinct week from digest_sent")
                .getResultList());

        assertThat(weeks).containsExactly("2026-W48");
    }

    @Test
    @Order(5)
    void theScheduleFiresOnMondayAtSevenInTheCompanysTimeZone() {
        Trigger trigger = scheduler.getScheduledJob(DigestSchedule.IDENTITY);
        assertThat(trigger).isNotNull();

        ZonedDateTime next = trigger.getNextFireTime().atZone(SHANGHAI);

        assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(next.toLocalTime()).hasToString("07:00");
    }

    @Test
    @Order(6)
    void twoRunsAtOnceWriteEachNewPersonsDigestOnce() throws Exception {
        // Everyone who signed in since the first run (these three, and the lead above) is due this week's digest.
        List<String> newcomers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long person = AdminApi.person("Nia Newcomer " + i, "EXECUTIVE");
            AdminApi.signIn(person, "nia", "newcomer-secret-1");
            newcomers.add(QuarkusTransaction.requiringNew().call(() -> recipients
                    .find(new dev.baton.domain.person.PersonId(person))
                    .orElseThrow()
                    .email()
                    .value()));
        }
        int due = wanting().size() - digests().size();
        assertThat(due).isGreaterThanOrEqualTo(3);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return systemWork.call(() -> digest.run().written());
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = threads.submit(run);
            Future<Integer> second = threads.submit(run);
            start.countDown();

            assertThat(first.get() + second.get()).isEqualTo(due);
        } finally {
            threads.shutdownNow();
        }
        assertThat(digests())
                .extracting(Row::address)
                .filteredOn(newcomers::contains)
                .hasSize(3)
                .doesNotHaveDuplicates();
    }

    @Test
    @Order(7)
    void theScheduledRunWritesNothingMoreThisWeek() {
        assertThat(schedule.runAsScheduled().written()).isZero();
    }

    @Test
    @Order(8)
    void aNewViolationIsAlertedOnceToItsTeamsLeads() {
        int first = alerts.runAsScheduled();

        assertThat(first).isPositive();
        long mails = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery(
                                "select count(*) from outbox_message where kind = 'alert' and channel = 'MAIL'")
                        .getSingleResult())
                .longValue());
        assertThat(mails).isPositive();
        assertThat(alerts.runAsScheduled()).isZero();
    }
}
