package dev.baton.app.shared;

import static dev.baton.app.support.AdminApi.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same create sent several times at once, as a double-clicked Save does: exactly one is created (201), every other
 * is a conflict (409, problem+json naming the field), whether it lost at the check before the write or at the
 * database's unique constraint. Never a 500.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class DoubleClickedSaveTest {

    private static final int CLICKS = 6;

    private final ExecutorService pool = Executors.newFixedThreadPool(CLICKS);

    @AfterEach
    void stopThePool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void identicalTeamsRacingGiveOneCreatedAndConflictsForTheRest() throws Exception {
        long owner = AdminApi.person("Rita Racer", "TEAM_LEAD");
        Map<String, Object> team = Map.of("name", Names.unique("Racers"), "kind", "SALES", "ownerId", owner);
        assertOneCreatedRestConflicts(fireTogether("/api/teams", team), "name");
    }

    @Test
    void identicalPeopleRacingGiveOneCreatedAndConflictsForTheRest() throws Exception {
        Map<String, Object> person =
                Map.of("name", "Pat Twice", "email", Names.email("twice"), "roles", List.of("EXECUTIVE"));
        assertOneCreatedRestConflicts(fireTogether("/api/people", person), "email");
    }

    @Test
    void identicalTargetsRacingGiveOneCreatedAndConflictsForTheRest() throws Exception {
        long owner = AdminApi.person("Tara Target", "TEAM_LEAD");
        long team = AdminApi.team("Target racers", "MARKETING", owner);
        Map<String, Object> target = PlanApi.target(team, "lead_count", "2031-Q2", "AT_LEAST", 150000, owner);
        assertOneCreatedRestConflicts(fireTogether("/api/targets", target), "metric");
    }

    @Test
    void identicalCustomMetricsRacingGiveOneCreatedAndConflictsForTheRest() throws Exception {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("key", "raced_" + Long.toString(System.nanoTime(), 36));
        metric.put("name", Map.of("en", "Revenue per visit", "zh-CN", "每次访问收入"));
        metric.put("description", Map.of("en", "Revenue divided by visits.", "zh-CN", "收入 ÷ 访问数。"));
        metric.put("unit", "CURRENCY");
        metric.put("direction", "HIGHER_IS_BETTER");
        metric.put("category", "REVENUE");
        metric.put("formula", "revenue ÷ visits");
        assertOneCreatedRestConflicts(fireTogether("/api/metrics", metric), "key");
    }

    @Test
    void aDoubleClickedSaveOnTheTeamFormCreatesOneTeamAndShowsTheOthersWhy() throws Exception {
        long owner = AdminApi.person("Fran Form", "TEAM_LEAD");
        String name = Names.unique("Form racers");
        String session = SignIns.formSession(SignIns.ADMIN, SignIns.ADMIN_PASSWORD);
        List<Response> responses = together(() -> given().redirects()
                .follow(false)
                .cookie("baton_session", session)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", name)
                .formParam("kind", "SALES")
                .formParam("ownerId", owner)
                .post("/admin/teams"));
        List<Integer> statuses =
                responses.stream().map(Response::statusCode).sorted().toList();
        List<Integer> expected = new ArrayList<>(List.of(303));
        for (int i = 1; i < CLICKS; i++) {
            expected.add(422);
        }
        assertThat(statuses).isEqualTo(expected);
        for (Response response : responses) {
            if (response.statusCode() != 303) {
                assertThat(response.asString()).contains("id=\"team-name-error\">An active team");
                assertThat(response.asString()).contains("value=\"" + name + "\"");
            }
        }
    }

    private List<Response> fireTogether(String path, Map<String, Object> body) throws Exception {
        return together(() -> admin().body(body).post(path));
    }

    /** Sends the request {@value #CLICKS} times, all threads released at once, and waits for every answer. */
    private List<Response> together(Callable<Response> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(CLICKS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < CLICKS; i++) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return request.call();
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return responses;
    }

    private static void assertOneCreatedRestConflicts(List<Response> responses, String field) {
        List<Integer> statuses =
                responses.stream().map(Response::statusCode).sorted().toList();
        List<Integer> expected = new ArrayList<>();
        expected.add(201);
        for (int i = 1; i < CLICKS; i++) {
            expected.add(409);
        }
        assertThat(statuses).isEqualTo(expected);
        for (Response response : responses) {
            if (response.statusCode() == 409) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo(field);
                assertThat(response.jsonPath().getString("detail")).isNotBlank();
            }
        }
    }
}
