package dev.baton.app.period;

import static dev.baton.app.support.PlanApi.target;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Periods at the ends of the supported range (1900 to 9999): the scorecard and the target editor show them with a
 * message where the link to the period beyond would be, and copying out of the last quarter is a 422 naming the field.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class CalendarEndsTest {

    private static long owner;
    private static long team;

    @BeforeEach
    void aTeamOnce() {
        if (team != 0) {
            return;
        }
        owner = Api.createPerson("Calendar Owner", "TEAM_LEAD");
        team = Api.createTeam(Names.unique("Calendar"), "SALES", owner);
    }

    @Test
    void theScorecardOfTheLastMonthSaysThereIsNoneAfterIt() {
        given().get("/scorecard?period=9999-12")
                .then()
                .statusCode(200)
                .body(containsString("9999-12 is the last period Baton supports"))
                .body(containsString("/scorecard?period=9999-11"))
                .body(not(containsString("period=10000")));
    }

    @Test
    void theScorecardOfTheFirstMonthSaysThereIsNoneBeforeItInChineseToo() {
        given().header("Accept-Language", "zh-CN")
                .get("/scorecard?period=1900-01")
                .then()
                .statusCode(200)
                .body(containsString("1900-01 是 Baton 支持的第一个期间"))
                .body(containsString("/scorecard?period=1900-02"));
    }

    @Test
    void theScorecardOfAnOrdinaryMonthLinksBothWays() {
        given().get("/scorecard?period=2030-06")
                .then()
                .statusCode(200)
                .body(containsString("/scorecard?period=2030-05"))
                .body(containsString("/scorecard?period=2030-07"))
                .body(not(containsString("period Baton supports")));
    }

    @Test
    void theTargetEditorAtTheEndsShowsThePageWithoutTheLinkBeyond() {
        given().get("/targets?team=" + team + "&period=9999-Q4")
                .then()
                .statusCode(200)
                .body(containsString("9999-Q4 is the last period Baton supports"))
                .body(containsString("period=9999-Q3"))
                .body(not(containsString("action=\"/targets/copy\"")));
        given().get("/targets?team=" + team + "&period=1900")
                .then()
                .statusCode(200)
                .body(containsString("1900 is the first period Baton supports"))
                .body(containsString("period=1901"));
    }

    @Test
    void copyingOutOfTheLastQuarterIsAProblemNamingTheTarget() {
        PlanApi.setTarget(target(team, "deals", "9999-Q4", "AT_LEAST", 20, owner));
        given().contentType(ContentType.JSON)
                .body(Map.of("team", team, "from", "9999-Q4"))
                .post("/api/targets/copy")
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("to"))
                .body("errors[0].message", containsString("9999-Q4 is the last period Baton supports"));
    }

    @Test
    void copyingOutOfTheLastQuarterIntoANamedPeriodStillWorks() {
        PlanApi.setTarget(target(team, "orders", "9999-Q4", "AT_LEAST", 5, owner));
        given().contentType(ContentType.JSON)
                .body(Map.of("team", team, "from", "9999-Q4", "to", "9999-Q3"))
                .post("/api/targets/copy")
                .then()
                .statusCode(200)
                .body("to", equalTo("9999-Q3"));
    }
}
