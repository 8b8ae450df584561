package dev.baton.app.web;

import static dev.baton.app.support.PlanApi.target;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A KPI page on 18 November 2026 (the application's clock, on a database of its own): deals for 2026-Q4, with October
 * complete and November recorded to date, is (1 + 18/30) / 3 = 0.5333 of the quarter in, so "at least 30" expects 16
 * deals by now; the same target's 2026-Q3 has ended and has no pace.
 */
@QuarkusTest
@TestProfile(KpiPacePageTest.On18November2026.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class KpiPacePageTest {

    public static class On18November2026 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("baton.test.now", "2026-11-18T09:00:00Z");
        }
    }

    private static String running;
    private static String closed;

    @BeforeEach
    void aRunningAndAClosedQuarterOnce() {
        if (running != null) {
            return;
        }
        long owner = Api.createPerson("Pace Owner", "TEAM_LEAD");
        long team = Api.createTeam(Names.unique("Pace Sales"), "SALES", owner);
        running = PlanApi.setTarget(target(team, "deals", "2026-Q4", "AT_LEAST", 30, owner));
        closed = PlanApi.setTarget(target(team, "deals", "2026-Q3", "AT_LEAST", 30, owner));
        for (String month : new String[] {"2026-07", "2026-08", "2026-09"}) {
            Api.recordMeasures(month, Map.of("deals", 9));
        }
        Api.recordMeasures("2026-10", Map.of("deals", 10));
        Api.recordMeasures("2026-11", Map.of("deals", 5));
    }

    @Test
    void aRunningQuarterShowsTheScorecardsPaceAsADashedLabelledMarkerAndInTheTable() {
        BigDecimal scorecardPace = new BigDecimal(given().queryParam("period", "2026-Q4")
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("teams.kpis.flatten().find { it.targetId == '" + running + "' }.pace.expectedToDate"));
        assertThat(scorecardPace).isEqualByComparingTo("16");

        given().header("Accept-Language", "en")
                .get("/kpis/" + running)
                .then()
                .statusCode(200)
                .body(
                        containsString("<g class=\"kpi-pace\">"),
                        containsString("stroke-dasharray=\"3 2\""),
                        containsString(">pace " + scorecardPace.toPlainString() + "</text>"),
                        containsString("2026-Q4: on pace, the actual would be 16 by now"),
                        containsString("<th scope=\"col\" class=\"number\">Pace to date</th>"),
                        containsString("15 <span class=\"muted\">to date</span>"),
                        containsString("<td class=\"number kpi-pace-cell\">16</td>"));
        given().header("Accept-Language", "zh-CN")
                .get("/kpis/" + running)
                .then()
                .statusCode(200)
                .body(containsString(">进度 16</text>"), containsString("按进度截至目前应达"));
    }

    @Test
    void aClosedQuarterHasNoPace() {
        given().header("Accept-Language", "en")
                .get("/kpis/" + closed)
                .then()
                .statusCode(200)
                .body(
                        containsString("<td class=\"number\">27</td>"),
                        not(containsString("kpi-pace")),
                        not(containsString("Pace to date")),
                        not(containsString("to date</span>")));
    }
}
