package dev.baton.app.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
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
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Bad input at volume: random JSON thrown at every write operation of the API, as an admin, so nothing is turned away
 * before the body is read. Every answer must be a 4xx problem, never a server error, and nothing may change (every
 * change leaves an audit entry, so the trail's length is the witness).
 *
 * <p>The random bodies run from a fixed seed, so every build throws the same ones; {@code -Dfuzz.seed=N} explores
 * others, and the seed in use is logged so a failure replays. Beside them, a sweep of boundary values: periods at the
 * ends of the calendar (9999-12, 1900-01, 9999-Q4), strings longer than any column, the largest decimals, both in
 * bodies shaped like the real ones and in the {@code period} of every read, page and path, and overlong usernames at
 * sign-in. Those must never be a server error either.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "fuzzer", roles = "ADMIN")
class RandomBodiesTest {

    private static final Logger LOG = Logger.getLogger(RandomBodiesTest.class);

    /** The seed every build uses unless {@code -Dfuzz.seed} names another. */
    static final long DEFAULT_SEED = 20_261_202L;

    private static final int BODIES_PER_OPERATION = 40;

    /** Periods at the ends of what the calendar holds, and just beyond. */
    static final List<String> BOUNDARY_PERIODS =
            List.of("9999-12", "9999-Q4", "9999", "1900-01", "1900-Q1", "0001-01", "0000-01", "10000-01");

    /** Strings one past the widest columns (80, 100, 500, 2000 characters) and far beyond. */
    static final List<String> LONG_STRINGS = List.of(
            "a".repeat(81), "a".repeat(101), "a".repeat(501), "a".repeat(2001), "名".repeat(3000), "a".repeat(20_000));

    /** The largest and smallest decimals JSON can carry to a BigDecimal, and long digit strings. */
    static final List<String> LARGE_DECIMALS = List.of(
            "1e400",
            "-1e400",
            "1e-400",
            "9".repeat(120),
            "9".repeat(60) + "." + "9".repeat(60),
            "-" + "9".repeat(120),
            "1.7976931348623157e308",
            "9223372036854775808");

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @Inject
    DataSource dataSource;

    @Test
    void randomBodiesAreRefusedWithAProblemAndChangeNothing() throws SQLException {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        LOG.infof("random bodies from seed %d (replay or vary with -Dfuzz.seed=N)", seed);
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
                    .replace("{checkInId}", "987654321")
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

    @Test
    void boundaryValuesInBodiesShapedLikeTheRealOnesAreRefusedWithAProblemAndChangeNothing() throws SQLException {
        long trailBefore = trailLength();
        List<String> wrong = new ArrayList<>();
        for (String operation : writeOperations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            List<String> periods = template.contains("{period}") ? BOUNDARY_PERIODS : List.of("2026-09");
            for (String pathPeriod : periods) {
                String path = template.replace("{id}", "987654321")
                        .replace("{personId}", "987654321")
                        .replace("{checkInId}", "987654321")
                        .replace("{key}", "cac")
                        .replace("{period}", pathPeriod);
                for (String body : boundaryBodies()) {
                    Response response =
                            given().contentType(ContentType.JSON).body(body).request(method, path);
                    int status = response.statusCode();
                    if (status >= 500 || status < 400) {
                        wrong.add(method + " " + path + " answered " + status + " to " + abbreviated(body));
                    } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        wrong.add(method + " " + path + " answered " + status + " without a problem document");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(trailLength()).as("nothing was changed").isEqualTo(trailBefore);
    }

    @Test
    void periodsAtTheEndsOfTheCalendarAreNeverAServerErrorOnAnyRead() {
        long owner = Api.createPerson("Edge Owner", "TEAM_LEAD");
        long team = Api.createTeam(Names.unique("Edge"), "SALES", owner);
        List<String> reads = new ArrayList<>(readsWithAPeriod());
        reads.addAll(List.of("/scorecard", "/scorecard/export", "/targets", "/targets?team=" + team, "/measures"));
        List<String> wrong = new ArrayList<>();
        for (String read : reads) {
            for (String period : BOUNDARY_PERIODS) {
                String path = read + (read.contains("?") ? "&" : "?") + "period=" + period;
                int status = given().redirects().follow(false).get(path).statusCode();
                if (status >= 500) {
                    wrong.add("GET " + path + " answered " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void overlongUsernamesAtSignInAreNeverAServerError() {
        List<String> wrong = new ArrayList<>();
        for (String name : LONG_STRINGS) {
            int form = given().redirects()
                    .follow(false)
                    .formParam("j_username", name)
                    .formParam("j_password", "whatever")
                    .post("/j_security_check")
                    .statusCode();
            if (form >= 500) {
                wrong.add("the sign-in form answered " + form + " to a name of " + name.length() + " characters");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Bodies with every field the API knows set to a well-typed value at a boundary, so they pass the parser. */
    private static List<String> boundaryBodies() {
        List<String> bodies = new ArrayList<>();
        int count = Math.max(BOUNDARY_PERIODS.size(), Math.max(LONG_STRINGS.size(), LARGE_DECIMALS.size()));
        for (int i = 0; i < count; i++) {
            String period = quoted(BOUNDARY_PERIODS.get(i % BOUNDARY_PERIODS.size()));
            String text = quoted(LONG_STRINGS.get(i % LONG_STRINGS.size()));
            String number = LARGE_DECIMALS.get(i % LARGE_DECIMALS.size());
            String threshold =
                    "{\"type\":\"AT_LEAST\",\"value\":" + number + ",\"min\":" + number + ",\"max\":" + number + "}";
            String target = "{\"team\":987654321,\"metric\":\"cac\",\"period\":" + period + ",\"threshold\":"
                    + threshold + ",\"ownerId\":987654321,\"rationale\":" + text + "}";
            bodies.add("{\"name\":" + text
                    + ",\"kind\":\"SALES\",\"ownerId\":987654321,\"version\":0,\"email\":" + text
                    + ",\"roles\":[\"ADMIN\"],\"period\":" + period + ",\"from\":" + period + ",\"to\":" + period
                    + ",\"metric\":\"cac\",\"team\":987654321,\"threshold\":" + threshold + ",\"value\":" + number
                    + ",\"username\":" + text + ",\"password\":" + text + ",\"key\":" + text + ",\"formula\":"
                    + text + ",\"stages\":[{\"key\":" + text + ",\"name\":" + text + ",\"team\":987654321}]"
                    + ",\"measures\":{\"revenue\":" + number + ",\"leads\":" + number + "}"
                    + ",\"revenue\":" + number + ",\"leads\":" + number + ",\"funnel\":" + text
                    + ",\"targets\":[" + target + "],\"teams\":[{\"id\":987654321,\"name\":" + text + "}]"
                    + ",\"actuals\":{\"cac\":" + number + "},\"target\":" + target + "}");
        }
        return bodies;
    }

    /** Every GET of the API that takes a {@code period} query parameter, from the OpenAPI document. */
    private static List<String> readsWithAPeriod() {
        JsonPath openApi =
                given().queryParam("format", "json").get("/q/openapi").jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> reads = new ArrayList<>();
        paths.forEach((path, methods) -> {
            Object get = methods.get("get");
            if (get instanceof Map<?, ?> operation
                    && !path.contains("{")
                    && String.valueOf(operation.get("parameters")).contains("name=period")) {
                reads.add(path);
            }
        });
        assertThat(reads).isNotEmpty();
        return reads;
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
                // An action that takes no input at all (no body, no id in its path, such as running the digest)
                // has nothing a random body could get wrong: it ignores the body by contract, and its own tests
                // cover what it does.
                .filter(m -> takesInput(path, methods.get(m)))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        assertThat(operations).hasSizeGreaterThan(10);
        return operations;
    }

    private static boolean takesInput(String path, Object operation) {
        return path.contains("{") || !(operation instanceof Map<?, ?> details) || details.containsKey("requestBody");
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
            "2147483648",
            "1e400",
            "-1e400",
            "9".repeat(120)
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
            "9999-12",
            "9999-Q4",
            "1900-01",
            "a".repeat(2001),
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
