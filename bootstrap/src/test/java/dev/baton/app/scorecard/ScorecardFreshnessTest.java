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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorecard reuses what it computed while nothing has changed, so every change must show at once: a new measure,
 * a changed target, a new team.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class ScorecardFreshnessTest {

    private static final String PERIOD = "4038-01";

    private static JsonPath scorecard() {
        return given().queryParam("period", PERIOD)
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String leads(long team) {
        return "teams.find { it.id == " + team + " }.kpis.find { it.metric == 'lead_count' }";
    }

    @Test
    void everyChangeShowsOnTheNextScorecard() {
        long owner = Api.createPerson("Fresh Owner", "TEAM_LEAD");
        long marketing = Api.createTeam(Names.unique("Marketing"), "MARKETING", owner);
        String target = PlanApi.setTarget(target(marketing, "lead_count", PERIOD, "AT_LEAST", 1000, owner));
        Api.recordMeasures(PERIOD, Map.of("leads", 500));

        JsonPath first = scorecard();
        assertThat(first.getDouble(leads(marketing) + ".actual")).isEqualTo(500.0);
        assertThat(first.getString(leads(marketing) + ".attainment")).isEqualTo("OFF_TRACK");
        assertThat(scorecard().prettify()).isEqualTo(first.prettify());

        Api.recordMeasures(PERIOD, Map.of("leads", 1500));
        assertThat(scorecard().getString(leads(marketing) + ".attainment")).isEqualTo("ON_TRACK");

        Map<String, Object> raised = target(marketing, "lead_count", PERIOD, "AT_LEAST", 1600, owner);
        raised.put("version", 0);
        given().contentType(ContentType.JSON)
                .body(raised)
                .put("/api/targets/" + target)
                .then()
                .statusCode(200);
        assertThat(scorecard().getString(leads(marketing) + ".attainment")).isEqualTo("AT_RISK");

        long sales = Api.createTeam(Names.unique("Sales"), "SALES", owner);
        assertThat(scorecard().getList("teams.id", Long.class)).contains(sales);
    }
}
