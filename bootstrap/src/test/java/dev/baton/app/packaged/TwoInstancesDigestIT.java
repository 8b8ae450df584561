package dev.baton.app.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.database.EmbeddedDatabase;
import dev.baton.app.support.PackagedBaton;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
 * Two packaged Baton instances on one PostgreSQL, both told to run the weekly digest at the same moment, several times
 * each: every person with a sign-in gets exactly one digest for the week, whichever instance wrote it, and a later run
 * on either instance writes none.
 */
class TwoInstancesDigestIT {

    private static final String PASSWORD = "two-instances-digest-password";
    private static final int PEOPLE = 6;
    private static final int RUNS_PER_INSTANCE = 3;

    @Test
    void eachPersonsWeeklyDigestIsWrittenOnceWhateverInstanceRunsIt() throws Exception {
        Path dir = Files.createTempDirectory("baton-two-digest");
        EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("pg"), 0, true);
        Map<String, String> environment = PackagedBaton.onDatabase(database, PASSWORD);
        try (PackagedBaton first = PackagedBaton.start(environment, dir);
                PackagedBaton second = PackagedBaton.start(environment, dir)) {
            for (int i = 0; i < PEOPLE; i++) {
                PackagedBaton instance = i % 2 == 0 ? first : second;
                long person = admin().body(Map.of(
                                "name", "Dana Digest " + i,
                                "email", "dana" + i + "@example.com",
                                "roles", List.of(i % 3 == 0 ? "EXECUTIVE" : "TEAM_LEAD")))
                        .post(instance.url("/api/people"))
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
                admin().body(Map.of("username", "dana-" + i, "password", PASSWORD))
                        .put(instance.url("/api/people/" + person + "/account"))
                        .then()
                        .statusCode(204);
            }
            List<String> recipients = query(
                    database,
                    "select p.email from person p join user_account a on a.person_id = p.id"
                            + " where p.digest_wanted order by p.email");
            // The six, and the admin's own person.
            assertThat(recipients).hasSize(PEOPLE + 1);

            List<Callable<Response>> runs = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 2 * RUNS_PER_INSTANCE; i++) {
                PackagedBaton instance = i % 2 == 0 ? first : second;
                runs.add(() -> {
                    start.await();
                    return admin().post(instance.url("/api/notifications/digest"));
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(runs.size());
            List<Future<Response>> answers = new ArrayList<>();
            for (Callable<Response> run : runs) {
                answers.add(pool.submit(run));
            }
            start.countDown();
            int written = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                written += response.jsonPath().getInt("written");
            }
            pool.shutdown();

            assertThat(written).as("digests written by all runs together").isEqualTo(recipients.size());
            // The outbox, as an admin reads it on either instance: one digest for each person.
            for (PackagedBaton instance : List.of(first, second)) {
                List<String> addresses = admin().queryParam("size", 200)
                        .get(instance.url("/api/notifications/outbox"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.findAll { it.kind == 'digest' && it.channel == 'MAIL' }.to", String.class);
                assertThat(addresses).containsExactlyInAnyOrderElementsOf(recipients);
            }
            // And in the database: each person's digests are exactly the weeks claimed for them, one of each.
            assertThat(query(
                            database,
                            "select p.email || ' ' || count(o.id) || ' ' || (select count(*) from digest_sent d"
                                    + " where d.person_id = p.id) from person p"
                                    + " join user_account a on a.person_id = p.id"
                                    + " left join outbox_message o on o.address = p.email and o.kind = 'digest'"
                                    + " and o.channel = 'MAIL' group by p.id, p.email order by p.email"))
                    .containsExactlyElementsOf(
                            recipients.stream().map(email -> email + " 1 1").toList());

            for (PackagedBaton instance : List.of(first, second)) {
                assertThat(admin().post(instance.url("/api/notifications/digest"))
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getInt("written"))
                        .as("a later run the same week")
                        .isZero();
            }
        } finally {
            database.close();
        }
    }

    private static RequestSpecification admin() {
        // JSON, as an API client sends it: a bodiless POST would otherwise go as a form, which wants a CSRF token.
        return given().auth().preemptive().basic("admin", PASSWORD).contentType(ContentType.JSON);
    }

    private static List<String> query(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
