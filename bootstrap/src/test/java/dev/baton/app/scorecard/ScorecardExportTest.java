package dev.baton.app.scorecard;

import static dev.baton.app.support.PlanApi.target;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A month whose revenue fell (a negative revenue growth) and whose LTV / CAC is 2.995: what the export and the
 * attainment make of them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class ScorecardExportTest {

    private static final String PERIOD = "2035-08";
    private static long team;

    @BeforeEach
    void aMonthWithFallingRevenueOnce() {
        if (team != 0) {
            return;
        }
        long owner = Api.createPerson("Export Owner", "TEAM_LEAD");
        team = Api.createTeam(Names.unique("Finance"), "FINANCE", owner);
        PlanApi.setTarget(target(team, "revenue_growth", PERIOD, "AT_LEAST", 5, owner));
        PlanApi.setTarget(target(team, "ltv_to_cac", PERIOD, "AT_LEAST", 3, owner));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("revenue", 2995);
        values.put("previous_revenue", 3200);
        values.put("orders", 1);
        values.put("new_customers", 1);
        values.put("lifespan_years", 1);
        values.put("marketing_expense", 1000);
        values.put("sales_expense", 0);
        Api.recordMeasures(PERIOD, values);
    }

    private static String csv(String language) {
        return given().header("Accept-Language", language)
                .queryParam("period", PERIOD)
                .get("/scorecard/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void aNegativeActualIsExportedAsTheNumberItIs() {
        String csv = csv("en");
        assertThat(csv)
                .startsWith("period,team,metric,metric_name,scope,target_period,threshold,actual,attainment,"
                        + "no_value_reason\n")
                .contains(",revenue_growth,Revenue growth,,2035-08,≥ 5,-6.41,Off track,")
                .doesNotContain("'-6.41");
    }

    @Test
    void theExportIsInTheReadersLanguage() {
        String csv = csv("zh-CN");
        assertThat(csv)
                .contains(",revenue_growth,收入增长率,,2035-08,≥ 5,-6.41,未达标,")
                .doesNotContain("Off track");
    }

    @Test
    void anLtvToCacOf2995IsShownAs3ButDoesNotMeetAtLeast3() {
        JsonPath card = given().queryParam("period", PERIOD)
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String line = "teams.kpis.flatten().find { it.metric == 'ltv_to_cac' }";
        assertThat(card.getDouble(line + ".actual")).isEqualTo(3.0);
        assertThat(card.getString(line + ".attainment")).isEqualTo("AT_RISK");
        assertThat(card.getMap(line)).doesNotContainKey("pace");
    }
}
