package dev.baton.app.metric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class CustomMetricApiTest {

    @Inject
    DataSource dataSource;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN =
            Long.toString(System.nanoTime() % 100_000, 36).toLowerCase(Locale.ROOT);

    /** A key no other test of this run uses; keys are lower case, so Names.unique does not fit. */
    static String uniqueKey(String prefix) {
        return prefix + "_" + RUN + "_" + COUNTER.incrementAndGet();
    }

    static Map<String, Object> metric(String key, String formula) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("name", Map.of("en", "Revenue per lead", "zh-CN", "每条线索收入"));
        body.put("description", Map.of("en", "Revenue divided by leads.", "zh-CN", "收入 ÷ 线索数。"));
        body.put("unit", "CURRENCY");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("category", "REVENUE");
        body.put("formula", formula);
        return body;
    }

    static void define(String key, String formula) {
        given().contentType(ContentType.JSON)
                .body(metric(key, formula))
                .post("/api/metrics")
                .then()
                .statusCode(201);
    }

    @Test
    void anAdminDefinesAMetricThatIsThenEvaluatedLikeABuiltInOne() {
        String key = uniqueKey("revenue_per_lead");
        given().contentType(ContentType.JSON)
                .body(metric(key, "revenue ÷ leads"))
                .when()
                .post("/api/metrics")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/metrics/" + key))
                .body("key", equalTo(key))
                .body("name.'zh-CN'", equalTo("每条线索收入"))
                .body("formula", equalTo("revenue / leads"))
                .body("builtIn", equalTo(false))
                .body("inputs", hasItem("leads"));

        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("revenue", 30000, "leads", 250)))
                .when()
                .post("/api/metrics/" + key + "/evaluate")
                .then()
                .statusCode(200)
                .body("value", equalTo(120.00f))
                .body("unit", equalTo("CURRENCY"));

        given().get("/api/metrics/" + key)
                .then()
                .statusCode(200)
                .body("description.en", equalTo("Revenue divided by leads."));
        given().queryParam("category", "REVENUE").get("/api/metrics").then().body("items.key", hasItem(key));
    }

    @Test
    void definingAMetricIsWrittenToTheAuditTrail() throws SQLException {
        String key = uniqueKey("audited");
        define(key, "revenue / leads");

        try (Connection c = dataSource.getConnection();
                PreparedStatement q =
                        c.prepareStatement("select action, after_state->>'formula', actor from audit_entry"
                                + " where entity_type = 'metric' and entity_id = ?")) {
            q.setString(1, key);
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("create");
                assertThat(row.getString(2)).isEqualTo("revenue / leads");
                assertThat(row.getString(3)).isEqualTo("test-admin");
            }
        }
    }

    @Test
    void aCustomMetricMayReadAnotherCustomMetric() {
        String base = uniqueKey("base");
        String derived = uniqueKey("derived");
        define(base, "revenue / leads");
        define(derived, base + " * 2");

        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("revenue", 100, "leads", 10)))
                .post("/api/metrics/" + derived + "/evaluate")
                .then()
                .statusCode(200)
                .body("value", equalTo(20.00f));
    }

    @Test
    void aSyntaxErrorNamesThePosition() {
        given().contentType(ContentType.JSON)
                .body(metric(uniqueKey("broken"), "revenue / (orders +"))
                .when()
                .post("/api/metrics")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("formula"))
                .body("errors[0].message", containsString("position 20"));
    }

    @Test
    void aChineseReaderGetsTheSyntaxErrorInChineseWithTheTokenAndItsPosition() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN")
                .body(metric(uniqueKey("broken"), "revenue / (orders $"))
                .when()
                .post("/api/metrics")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("formula"))
                .body("errors[0].message", equalTo("第 19 个字符处：应为运算符（+ - * /）或“)”，实际为“$”"));
    }

    @Test
    void anUnknownNameInTheFormulaIsAFormulaError() {
        given().contentType(ContentType.JSON)
                .body(metric(uniqueKey("mystery"), "revenue / unicorns"))
                .when()
                .post("/api/metrics")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("formula"))
                .body("errors[0].message", containsString("unicorns"));
    }

    @Test
    void aFormulaThatReadsItsOwnMetricIsACycleWithItsChain() {
        String key = uniqueKey("x");
        given().contentType(ContentType.JSON)
                .body(metric(key, key + " + 1"))
                .when()
                .post("/api/metrics")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("formula"))
                .body("errors[0].message", containsString(key + " → " + key));
    }

    @Test
    void aKeyTakenByABuiltInOrACustomMetricIsAKeyError() {
        given().contentType(ContentType.JSON)
                .body(metric("cac", "revenue / leads"))
                .post("/api/metrics")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("key"));

        String key = uniqueKey("twice");
        define(key, "revenue / leads");
        given().contentType(ContentType.JSON)
                .body(metric(key, "revenue / orders"))
                .post("/api/metrics")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("key"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", "Bad Key");
        body.put("unit", "LIGHT_YEARS");
        body.put("formula", " ");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/metrics")
                .then()
                .statusCode(422)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems("key", "name", "unit", "direction", "category", "formula"));
    }
}
