package dev.baton.app.alignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules neither invent nor hide conflicts, through POST /api/alignment/evaluate with the built-in catalog: a
 * negative profit-form LTV is no conflict, independent conflicts are found one by one, LTV / CAC is still judged when
 * targets conflict with the actuals, a propagation stopped at its cap says so, and 2.995 is below 3.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "exec", roles = "EXECUTIVE")
class AlignmentRulesApiTest {

    private static Map<String, Object> target(String team, String metric, String type, Object value) {
        return Map.of("team", team, "metric", metric, "threshold", Map.of("type", type, "value", value));
    }

    private static ValidatableResponse evaluate(List<Map<String, Object>> targets, Map<String, Object> actuals) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("period", "2026-09");
        plan.put(
                "teams",
                List.of(
                        Map.of("key", "marketing", "name", "Marketing", "kind", "MARKETING"),
                        Map.of("key", "sales", "name", "Sales", "kind", "SALES")));
        plan.put("funnels", List.of());
        plan.put("targets", targets);
        plan.put("actuals", actuals);
        return given().contentType(ContentType.JSON)
                .body(plan)
                .when()
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(200);
    }

    @Test
    void aProfitFormLtvBelowZeroIsNoConflict() {
        evaluate(List.of(), Map.of("customer_revenue", 100, "acquisition_cost", 300, "retention_cost", 20))
                .body("findings.findAll { it.code == 'INFEASIBLE_TARGETS' }", empty());
    }

    @Test
    void aTargetBelowZeroOnAMeasureIsStillInfeasible() {
        evaluate(List.of(target("sales", "revenue", "AT_MOST", -5)), Map.of())
                .body("findings.code", hasItem("INFEASIBLE_TARGETS"));
    }

    @Test
    void twoIndependentConflictsAreTwoFindings() {
        evaluate(
                        List.of(
                                target("marketing", "cac", "AT_MOST", 100),
                                target("marketing", "marketing_expense", "AT_LEAST", 10000),
                                target("marketing", "new_customers", "AT_MOST", 10),
                                target("sales", "purchase_frequency", "AT_LEAST", 10),
                                target("sales", "orders", "AT_MOST", 5),
                                target("sales", "new_customers", "AT_LEAST", 1)),
                        Map.of())
                .body("findings.findAll { it.code == 'INFEASIBLE_TARGETS' }", hasSize(2))
                .body("findings.findAll { it.code == 'INFEASIBLE_TARGETS' }.targets.flatten()", hasSize(6));
    }

    @Test
    void lowLtvToCacStillFiresWhenATargetConflictsWithTheActuals() {
        evaluate(List.of(target("marketing", "cac", "AT_MOST", 500)), Map.of("ltv", 1200, "cac", 600))
                .body("findings.code", hasItem("INFEASIBLE_TARGETS"))
                .body("findings.code", hasItem("LOW_LTV_TO_CAC"));
    }

    @Test
    void healthyActualsStayQuietWhenATargetConflictsWithThem() {
        evaluate(List.of(target("marketing", "cac", "AT_MOST", 500)), Map.of("ltv", 3000, "cac", 600))
                .body("findings.code", hasItem("INFEASIBLE_TARGETS"))
                .body("findings.code", not(hasItem("LOW_LTV_TO_CAC")));
    }

    @Test
    void propagationStoppedAtItsRevisionCapIsReportedInBothLanguages() {
        evaluate(
                        List.of(
                                target("sales", "acv", "AT_LEAST", 101),
                                target("marketing", "arr_annual_billing", "AT_MOST", 100),
                                target("sales", "contract_value", "AT_MOST", 1000)),
                        Map.of())
                .body(
                        "findings.find { it.code == 'FEASIBILITY_UNSETTLED' }.severity",
                        org.hamcrest.Matchers.equalTo("WARNING"))
                .body(
                        "findings.find { it.code == 'FEASIBILITY_UNSETTLED' }.message.en",
                        containsString("before the ranges settled"))
                .body("findings.find { it.code == 'FEASIBILITY_UNSETTLED' }.message.zh-CN", containsString("尚未收敛"));
    }

    @Test
    void propagationThatSettlesIsNotReportedUnsettled() {
        evaluate(
                        List.of(
                                target("sales", "acv", "AT_LEAST", 100),
                                target("marketing", "arr_annual_billing", "AT_MOST", 100),
                                target("sales", "contract_value", "AT_MOST", 1000)),
                        Map.of())
                .body("findings.code", not(hasItem("FEASIBILITY_UNSETTLED")));
    }

    @Test
    void anLtvToCacOf2995IsBelowThree() {
        evaluate(List.of(), Map.of("ltv", 2995, "cac", 1000))
                .body("findings.find { it.code == 'LOW_LTV_TO_CAC' }.message.en", containsString("at most 2.995 in"));
    }

    @Test
    void anLtvToCacOfThreeIsHealthy() {
        evaluate(List.of(), Map.of("ltv", 3000, "cac", 1000)).body("findings.code", not(hasItem("LOW_LTV_TO_CAC")));
    }
}
