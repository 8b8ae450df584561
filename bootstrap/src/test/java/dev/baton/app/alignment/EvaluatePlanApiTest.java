package dev.baton.app.alignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/alignment/evaluate: a plan sent whole, judged without touching the store. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "exec", roles = "EXECUTIVE")
class EvaluatePlanApiTest {

    private static Map<String, Object> team(String key, String name, String kind) {
        return Map.of("key", key, "name", name, "kind", kind);
    }

    private static Map<String, Object> target(String team, String metric, String type, Object value) {
        return Map.of("team", team, "metric", metric, "threshold", Map.of("type", type, "value", value));
    }

    /** The source article's plan: Marketing holds CAC and new revenue, Sales new revenue and SQL → customer. */
    private static Map<String, Object> articleExample() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("period", "2026-Q3");
        plan.put("teams", List.of(team("marketing", "Marketing", "MARKETING"), team("sales", "Sales", "SALES")));
        plan.put(
                "funnels",
                List.of(Map.of(
                        "name",
                        "Main",
                        "stages",
                        List.of(
                                Map.of("key", "mql", "name", "MQL", "team", "marketing"),
                                Map.of("key", "sql", "name", "SQL", "team", "sales")))));
        List<Object> targets = new ArrayList<>();
        targets.add(target("marketing", "cac", "AT_MOST", 500));
        targets.add(target("marketing", "new_revenue", "AT_LEAST", 1000000));
        targets.add(target("sales", "new_revenue", "AT_LEAST", 1000000));
        targets.add(Map.of(
                "team",
                "sales",
                "metric",
                "stage_conversion_rate",
                "scope",
                Map.of("from", "sql", "to", "customer"),
                "threshold",
                Map.of("type", "BETWEEN", "min", 20, "max", 35)));
        plan.put("targets", targets);
        plan.put("actuals", Map.of("revenue", 1800000, "orders", 360));
        return plan;
    }

    @Test
    void theArticlesPlanHasNoHandoffWithoutASharedMetric() {
        given().contentType(ContentType.JSON)
                .body(articleExample())
                .when()
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(200)
                .body("period", equalTo("2026-Q3"))
                .body("score", equalTo(100))
                .body("scoreFormula", containsString("round(100 × 1 ÷ 1)"))
                .body("handoffs", hasSize(1))
                .body("handoffs[0].fromTeam", equalTo("marketing"))
                .body("handoffs[0].toTeam", equalTo("sales"))
                .body("handoffs[0].sharedMetrics", hasItem("new_revenue"))
                .body("findings.code", not(hasItem("HANDOFF_WITHOUT_SHARED_METRIC")));
    }

    @Test
    void withoutSalesNewRevenueTheHandoffIsUncoveredAndNewRevenueIsSuggested() {
        Map<String, Object> plan = articleExample();
        @SuppressWarnings("unchecked")
        List<Object> targets = new ArrayList<>((List<Object>) plan.get("targets"));
        targets.remove(2);
        plan.put("targets", targets);
        given().contentType(ContentType.JSON)
                .body(plan)
                .when()
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(200)
                .body("findings.findAll { it.code == 'HANDOFF_WITHOUT_SHARED_METRIC' }", hasSize(1))
                .body("findings.find { it.code == 'HANDOFF_WITHOUT_SHARED_METRIC' }.severity", equalTo("VIOLATION"))
                .body(
                        "findings.find { it.code == 'HANDOFF_WITHOUT_SHARED_METRIC' }.teams",
                        equalTo(List.of("marketing", "sales")))
                .body("findings.find { it.code == 'HANDOFF_WITHOUT_SHARED_METRIC' }.handoff.from", equalTo("mql"))
                .body(
                        "findings.find { it.code == 'HANDOFF_WITHOUT_SHARED_METRIC' }.suggestions",
                        hasItem("new_revenue"))
                .body(
                        "findings.find { it.code == 'HANDOFF_WITHOUT_SHARED_METRIC' }.message.zh-CN",
                        containsString("交接"));
    }

    @Test
    void targetsThatCannotAllBeMetAreInfeasibleWithTheImpliedBound() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("period", "2026-09");
        plan.put("teams", List.of(team("marketing", "Marketing", "MARKETING"), team("sales", "Sales", "SALES")));
        plan.put(
                "targets",
                List.of(
                        target("sales", "deals", "AT_MOST", 21),
                        target("sales", "new_revenue", "AT_LEAST", 1000000),
                        target("marketing", "average_deal_value", "AT_MOST", 40000)));
        given().contentType(ContentType.JSON)
                .body(plan)
                .when()
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(200)
                .body("findings.code", hasItem("INFEASIBLE_TARGETS"))
                .body("findings.find { it.code == 'INFEASIBLE_TARGETS' }.message.en", containsString("47,619.05"))
                .body("findings.find { it.code == 'INFEASIBLE_TARGETS' }.targets", hasSize(3));
    }

    @Test
    void withoutTheDealValueBarTheRangeItIsPinnedToIsShown() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("period", "2026-09");
        plan.put("teams", List.of(team("sales", "Sales", "SALES")));
        plan.put(
                "targets",
                List.of(target("sales", "deals", "AT_MOST", 21), target("sales", "new_revenue", "AT_LEAST", 1000000)));
        given().contentType(ContentType.JSON)
                .body(plan)
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(200)
                .body("impliedRanges.average_deal_value.min", equalTo(47619.04f));
    }

    @Test
    void anIllFormedPlanIsRefusedNamingEveryBadPath() {
        Map<String, Object> plan = articleExample();
        plan.put("period", "2026-Q7");
        plan.put(
                "funnels",
                List.of(Map.of(
                        "name",
                        "Main",
                        "stages",
                        List.of(
                                Map.of("key", "mql", "name", "MQL", "team", "marketing"),
                                Map.of("key", "sql", "name", "SQL", "team", "finance")))));
        @SuppressWarnings("unchecked")
        List<Object> targets = new ArrayList<>((List<Object>) plan.get("targets"));
        targets.add(target("sales", "happiness", "AT_LEAST", 1));
        targets.add(
                Map.of("team", "sales", "metric", "cac", "threshold", Map.of("type", "BETWEEN", "min", 9, "max", 3)));
        targets.add(target("nobody", "cac", "AT_MOST", 3));
        plan.put("targets", targets);
        given().contentType(ContentType.JSON)
                .body(plan)
                .when()
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "period",
                                "funnels[0].stages[1].team",
                                "targets[4].metric",
                                "targets[5].threshold.min",
                                "targets[6].team"));
    }

    @Test
    void unknownActualsAreRefusedByKey() {
        Map<String, Object> plan = articleExample();
        plan.put("actuals", Map.of("unicorns", 3));
        given().contentType(ContentType.JSON)
                .body(plan)
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("actuals.unicorns"));
    }

    private static Map<String, Object> planWithTargets(int count) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("period", "2026-Q3");
        plan.put("teams", List.of(team("marketing", "Marketing", "MARKETING")));
        Map<String, Object> one = target("marketing", "cac", "AT_MOST", 500);
        List<Object> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            targets.add(one);
        }
        plan.put("targets", targets);
        return plan;
    }

    @Test
    void aPlanOfExactlyTheLimitIsEvaluated() {
        given().contentType(ContentType.JSON)
                .body(planWithTargets(10_000))
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(200);
    }

    @Test
    void aPlanOverTheLimitIsRefusedOnTargetsBeforeEvaluation() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(planWithTargets(10_001))
                .post("/api/alignment/evaluate")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("targets"))
                .body("errors.find { it.field == 'targets' }.message", containsString("at most 10000 targets"))
                .body("errors.find { it.field == 'targets' }.message", containsString("has 10001"));
    }
}
