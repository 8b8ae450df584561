package dev.baton.app.metric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.metric.WorkedExample;
import dev.baton.application.metric.WorkedExamples;
import dev.baton.domain.metric.MetricKey;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class MetricApiTest {

    static Stream<Arguments> workedExamples() {
        return WorkedExamples.all().entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey().value(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedExamples")
    void everyWorkedExampleOfTheDesignComesOutOfTheApi(String metric, WorkedExample example) {
        Map<String, Object> measures = new LinkedHashMap<>();
        example.inputs().forEach((key, value) -> measures.put(key.value(), value));

        BigDecimal value = given().contentType(ContentType.JSON)
                .body(Map.of("measures", measures))
                .when()
                .post("/api/metrics/" + metric + "/evaluate")
                .then()
                .statusCode(200)
                .body("metric", equalTo(metric))
                .extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .get("value");

        assertThat(value).isEqualByComparingTo(example.result());
    }

    @Test
    void averageOrderValueComesBackAsANumberRoundedForCurrency() {
        String body = given().contentType(ContentType.JSON)
                .body("{\"measures\": {\"revenue\": 1800000, \"orders\": 360}}")
                .when()
                .post("/api/metrics/average_order_value/evaluate")
                .then()
                .statusCode(200)
                .body("unit", equalTo("CURRENCY"))
                .extract()
                .asString();

        assertThat(body).contains("\"value\":5000.00");
    }

    @Test
    void decimalInputsKeepEveryDigit() {
        given().contentType(ContentType.JSON)
                .body("{\"measures\": {\"arpu\": 49.90, \"paying_customers\": 1000}}")
                .when()
                .post("/api/metrics/mrr/evaluate")
                .then()
                .statusCode(200)
                .body("value", equalTo(49900.00f));
    }

    @Test
    void numbersTypedAsTextAreAccepted() {
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("orders", "360", "new_customers", " 60 ")))
                .when()
                .post("/api/metrics/purchase_frequency/evaluate")
                .then()
                .statusCode(200)
                .body("value", equalTo(6.00f));
    }

    @Test
    void everyMissingMeasureIsListedNotOnlyTheFirst() {
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("sales_expense", 600)))
                .when()
                .post("/api/metrics/cac/evaluate")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("measures.marketing_expense", "measures.new_customers"));
    }

    @Test
    void withoutAnyMeasuresEveryInputIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/metrics/ltv/evaluate")
                .then()
                .statusCode(422)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "measures.revenue",
                                "measures.orders",
                                "measures.new_customers",
                                "measures.lifespan_years"));
    }

    @Test
    void aNegativeMeasureIsRefusedByName() {
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("revenue", -5, "orders", 360)))
                .when()
                .post("/api/metrics/average_order_value/evaluate")
                .then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("measures.revenue"))
                .body("errors[0].message", containsString("negative"));
    }

    @Test
    void aValueThatIsNotANumberIsRefusedByNameNotAsMalformedJson() {
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("revenue", "abc", "orders", true)))
                .when()
                .post("/api/metrics/average_order_value/evaluate")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("measures.revenue", "measures.orders"));
    }

    @Test
    void aMeasureTheCatalogDoesNotKnowIsRefusedByName() {
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("revenue", 10, "orders", 2, "revenu", 3)))
                .when()
                .post("/api/metrics/average_order_value/evaluate")
                .then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("measures.revenu"));
    }

    @Test
    void anUnknownMetricIsNotFound() {
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("revenue", 1)))
                .when()
                .post("/api/metrics/no_such_metric/evaluate")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/metrics/Not-A-Key").then().statusCode(404);
    }

    @Test
    void divisionByZeroIsAResultWithoutValueAndWithTheReason() {
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("revenue", 1000, "orders", 0)))
                .when()
                .post("/api/metrics/average_order_value/evaluate")
                .then()
                .statusCode(200)
                .body("metric", equalTo("average_order_value"))
                .body("value", nullValue())
                .body("unit", equalTo("CURRENCY"))
                .body("reason", containsString("orders"));
    }

    @Test
    void theReasonFollowsAcceptLanguage() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN")
                .body(Map.of("measures", Map.of("revenue", 1000, "orders", 0)))
                .when()
                .post("/api/metrics/average_order_value/evaluate")
                .then()
                .statusCode(200)
                .body("reason", containsString("除数"));
    }

    @Test
    void aStageScopedMetricIsComputedBetweenTheStagesNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "measures", Map.of("entered:mql", 200, "entered:sql", 50),
                        "scope", Map.of("from", "mql", "to", "sql")))
                .when()
                .post("/api/metrics/stage_conversion_rate/evaluate")
                .then()
                .statusCode(200)
                .body("value", equalTo(25.00f))
                .body("unit", equalTo("PERCENT"));
    }

    @Test
    void aStageScopedMetricWithoutStagesAsksForThem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("measures", Map.of("entered:mql", 200)))
                .when()
                .post("/api/metrics/stage_conversion_rate/evaluate")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("scope"));
    }

    @Test
    void theCatalogListsEveryEntryWithItsFormula() {
        given().get("/api/metrics")
                .then()
                .statusCode(200)
                .body("total", greaterThan(50))
                .body("items.key", hasItem("cac"))
                .body(
                        "items.find { it.key == 'cac' }.formula",
                        equalTo("(sales_expense + marketing_expense) / new_customers"))
                .body("items.find { it.key == 'revenue' }.measure", equalTo(true));
    }

    @Test
    void theCatalogFiltersByCategory() {
        given().queryParam("category", "retention")
                .get("/api/metrics")
                .then()
                .statusCode(200)
                .body("items.category", everyItem(equalTo("RETENTION")))
                .body("items.key", hasItem("customer_churn_rate"));
    }

    @Test
    void anUnknownCategoryIsRefused() {
        given().queryParam("category", "VIBES")
                .get("/api/metrics")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("VIBES"));
    }

    @Test
    void oneMetricShowsItsDefinitionInputsAndWorkedExample() {
        given().get("/api/metrics/ltv")
                .then()
                .statusCode(200)
                .body("key", equalTo("ltv"))
                .body("name.en", equalTo("Customer lifetime value (LTV)"))
                .body("name.'zh-CN'", containsString("LTV"))
                .body("description.en", containsString("0.8"))
                .body("unit", equalTo("CURRENCY"))
                .body("direction", equalTo("HIGHER_IS_BETTER"))
                .body("builtIn", equalTo(true))
                .body("formula", equalTo("average_order_value * purchase_frequency * lifespan_years"))
                .body("inputs", containsInAnyOrder("revenue", "orders", "new_customers", "lifespan_years"))
                .body("example.inputs.average_order_value", equalTo(5000))
                .body("example.inputs.lifespan_years", equalTo(0.8f))
                .body("example.result", equalTo(24000));
    }

    @Test
    void aMeasureSaysHowItRollsUpAndAComputedMetricDoesNot() {
        given().get("/api/metrics/customers_at_start").then().statusCode(200).body("rollUp", equalTo("FIRST"));
        given().get("/api/metrics/previous_revenue").then().statusCode(200).body("rollUp", equalTo("NONE"));
        given().get("/api/metrics/cac").then().statusCode(200).body("rollUp", nullValue());
    }

    @Test
    void anUnknownMetricHasNoPage() {
        given().get("/api/metrics/no_such_metric").then().statusCode(404);
    }

    @Test
    void theWorkedExamplesCoverTheDesignTable() {
        assertThat(WorkedExamples.all().keySet())
                .extracting(MetricKey::value)
                .contains(
                        "new_revenue",
                        "cac",
                        "average_order_value",
                        "purchase_frequency",
                        "ltv",
                        "ltv_ticket",
                        "arr_monthly_billing");
    }
}
