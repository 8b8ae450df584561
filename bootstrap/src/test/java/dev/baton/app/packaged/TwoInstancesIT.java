package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.database.EmbeddedDatabase;
import dev.baton.app.support.PackagedBaton;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two Baton instances on one PostgreSQL, the same target changed from both at once, each from the same version:
 * exactly one change wins, every other gets 409, and the stored target is the winner's, not a mix.
 */
class TwoInstancesIT {

    private static final String PASSWORD = "two-instances-password";
    private static final int WRITERS_PER_INSTANCE = 4;

    @Test
    void exactlyOneConcurrentEditWinsAndTheRestConflict() throws Exception {
        Path dir = Files.createTempDirectory("baton-two");
        EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("pg"), 0, true);
        Map<String, String> environment = PackagedBaton.onDatabase(database, PASSWORD);
        try (PackagedBaton first = PackagedBaton.start(environment, dir);
                PackagedBaton second = PackagedBaton.start(environment, dir)) {
            long owner = admin().contentType(ContentType.JSON)
                    .body(Map.of("name", "Olga Owner", "email", "olga@example.com", "roles", List.of("TEAM_LEAD")))
                    .post(first.url("/api/people"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            long team = admin().contentType(ContentType.JSON)
                    .body(Map.of("name", "Sales", "kind", "SALES", "ownerId", owner))
                    .post(first.url("/api/teams"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            String target = admin().contentType(ContentType.JSON)
                    .body(target(team, owner, 500, null))
                    .post(second.url("/api/targets"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getString("id");

            List<Callable<Response>> writers = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 2 * WRITERS_PER_INSTANCE; i++) {
                PackagedBaton instance = i % 2 == 0 ? first : second;
                int bar = 600 + i;
                writers.add(() -> {
                    start.await();
                    return admin().contentType(ContentType.JSON)
                            .body(target(team, owner, bar, 0L))
                            .put(instance.url("/api/targets/" + target));
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(writers.size());
            List<Future<Response>> answers = new ArrayList<>();
            for (Callable<Response> writer : writers) {
                answers.add(pool.submit(writer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            BigDecimal winner = null;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = new BigDecimal(response.jsonPath().getString("threshold.value"));
                }
            }
            pool.shutdown();

            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
            BigDecimal stored = new BigDecimal(admin().get(first.url("/api/targets/" + target))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getString("threshold.value"));
            assertThat(stored).isEqualByComparingTo(winner);
        } finally {
            database.close();
        }
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", PASSWORD);
    }

    private static Map<String, Object> target(long team, long owner, int atMost, Long version) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "team",
                team,
                "metric",
                "cac",
                "period",
                "2026-Q3",
                "threshold",
                Map.of("type", "AT_MOST", "value", atMost),
                "ownerId",
                owner));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
