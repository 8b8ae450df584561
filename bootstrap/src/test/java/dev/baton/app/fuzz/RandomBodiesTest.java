package dev.baton.app.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Bad input at volume: random JSON thrown at every write operation of the API, as an admin, so nothing is turned away
 * before the body is read. Every answer must be a 4xx problem, never a server error, and nothing may change (every
 * change leaves an audit entry, so the trail's length is the witness). The seed is printed, so a failure replays.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "fuzzer", roles = "ADMIN")
class RandomBodiesTest {

    private static final int BODIES_PER_OPERATION = 40;
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @Inject
    DataSource dataSource;

    @Test
    void randomBodiesAreRefusedWithAProblemAndChangeNothing() throws SQLException {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        long trailBefore = trailLength();
        List<String> wrong = new ArrayList<>();
        for (String operation : writeOperations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation
                    .substring(operation.indexOf(' ') + 1)
                    // Ids nobody has: a random body must not change real rows that other tests made.
                    .replace("{id}", "987654321")
                    .replace("{personId}", "987654321")
                    .replace("{key}", "cac")
                    .replace("{period}", "2026-09");
            for (int i = 0; i < BODIES_PER_OPERATION; i++) {
                String body = randomJson(random, 0);
                Response response =
                        given().contentType(ContentType.JSON).body(body).request(method, path);
                int status = response.statusCode();
                if (status >= 500 || status < 400) {
                    wrong.add(operation + " answered " + status + " to " + abbreviated(body));
                } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    wrong.add(operation + " answered " + status + " without a problem document");
                }
            }
        }
        assertThat(wrong).as("seed " + seed).isEmpty();
        assertThat(trailLength()).as("nothing was changed (seed " + seed + ")").isEqualTo(trailBefore);
    }

    private Set<String> writeOperations() {
        JsonPath openApi =
                given().queryParam("format", "json").get("/q/openapi").jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(WRITES::contains)
                // CSV import takes text/csv, not JSON; it has its own tests for bad files.
                .filter(m -> !path.endsWith("/import"))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        assertThat(operations).hasSizeGreaterThan(10);
        return operations;
    }

    private static String randomJson(Random random, int depth) {
        int kind = depth > 3 ? random.nextInt(5) : random.nextInt(8);
        switch (kind) {
            case 0:
                return "null";
            case 1:
                return Boolean.toString(random.nextBoolean());
            case 2:
                return randomNumber(random);
            case 3:
            case 4:
                return quoted(randomText(random));
            case 5:
                return "[" + String.join(",", repeat(random, depth, 3)) + "]";
            default:
                List<String> fields = new ArrayList<>();
                String[] names = {
                    "name",
                    "kind",
                    "ownerId",
                    "version",
                    "email",
                    "roles",
                    "period",
                    "metric",
                    "team",
                    "threshold",
                    "value",
                    "min",
                    "max",
                    "type",
                    "scope",
                    "from",
                    "to",
                    "stages",
                    "measures",
                    "username",
                    "password",
                    "targets",
                    "funnels",
                    "teams",
                    "actuals",
                    "key",
                    "formula",
                    "unit",
                    "direction"
                };
                int count = random.nextInt(6);
                for (int i = 0; i < count; i++) {
                    String name = random.nextInt(4) == 0 ? randomText(random) : names[random.nextInt(names.length)];
                    fields.add(quoted(name) + ":" + randomJson(random, depth + 1));
                }
                return "{" + String.join(",", fields) + "}";
        }
    }

    private static List<String> repeat(Random random, int depth, int max) {
        List<String> items = new ArrayList<>();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            items.add(randomJson(random, depth + 1));
        }
        return items;
    }

    private static String randomNumber(Random random) {
        String[] awkward = {
            "-1",
            "0",
            "1e308",
            "-1e-308",
            "99999999999999999999999999999999999",
            "0.000000001",
            "-0",
            "12.5",
            "3",
            "2147483648"
        };
        return random.nextBoolean() ? awkward[random.nextInt(awkward.length)] : Long.toString(random.nextLong());
    }

    private static String randomText(Random random) {
        String[] awkward = {
            "",
            " ",
            "x",
            "SALES",
            "ADMIN",
            "2026-Q3",
            "2026-13",
            "cac",
            "entered:mql",
            "<script>",
            "'; drop table team; --",
            "\\u0000",
            "名字",
            "a".repeat(300),
            "AT_MOST",
            "BETWEEN",
            "../../etc"
        };
        return awkward[random.nextInt(awkward.length)];
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private long trailLength() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from audit_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
