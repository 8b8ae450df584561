package dev.baton.app.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bar of 150,000 reads "≥ 150,000" wherever a person reads it, in English and in Chinese, never "≥ 150000". */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class ThresholdsReadLikeActualsTest {

    private static final String PERIOD = "2034-Q1";
    private static long team;

    @BeforeEach
    void aTargetOf150000() {
        if (team != 0) {
            return;
        }
        long owner = Api.createPerson("Thea Threshold", "TEAM_LEAD");
        team = Api.createTeam(Names.unique("Thresholds"), "MARKETING", owner);
        given().contentType(ContentType.JSON)
                .body(PlanApi.target(team, "lead_count", PERIOD, "AT_LEAST", 150000, owner))
                .post("/api/targets")
                .then()
                .statusCode(201);
    }

    @Test
    void theScorecardPageShowsTheBarWithThousandsSeparatorsInBothLanguages() {
        for (String language : new String[] {"en", "zh-CN"}) {
            given().header("Accept-Language", language)
                    .queryParam("period", PERIOD)
                    .get("/scorecard")
                    .then()
                    .statusCode(200)
                    .body(containsString("≥ 150,000"), not(containsString("≥ 150000")));
        }
    }

    @Test
    void theTargetEditorShowsTheBarWithThousandsSeparatorsInBothLanguages() {
        for (String language : new String[] {"en", "zh-CN"}) {
            given().header("Accept-Language", language)
                    .queryParam("team", team)
                    .queryParam("period", PERIOD)
                    .get("/targets")
                    .then()
                    .statusCode(200)
                    .body(containsString("≥ 150,000"), not(containsString("≥ 150000")));
        }
    }

    @Test
    void theScorecardApiWordsTheBarTheSameWay() {
        given().queryParam("period", PERIOD)
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .body(
                        "teams.find { it.id == " + team + " }.kpis.find { it.metric == 'lead_count' }.threshold",
                        equalTo("≥ 150,000"));
    }
}
