package dev.baton.app.scorecard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The scorecard's score trend: an SVG of the viewed period and the five before it, linked from the page. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ScoreTrendImageTest {

    @Test
    void theTrendNamesEachOfTheSixPeriodsWithItsScore() {
        String svg = AdminApi.admin()
                .queryParam("period", "2026-Q4")
                .get("/scorecard/trend.svg")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("image/svg+xml"))
                .extract()
                .asString();

        assertThat(svg).startsWith("<svg").contains("<polyline");
        for (String quarter : new String[] {"2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"}) {
            assertThat(svg).contains(">" + quarter + "</text>");
        }
        assertThat(svg).containsPattern("<title>Alignment score of this and the five periods before it: 2025-Q3 \\d+,");
    }

    @Test
    void theTrendIsWordedInTheReadersLanguage() {
        AdminApi.admin()
                .header("Accept-Language", "zh-CN")
                .queryParam("period", "2026-09")
                .get("/scorecard/trend.svg")
                .then()
                .statusCode(200)
                .body(containsString("本期及之前五期的对齐评分"), containsString(">2026-04</text>"));
    }

    @Test
    void thePageShowsTheTrendOfItsPeriod() {
        AdminApi.admin()
                .get("/scorecard?period=2026-Q3")
                .then()
                .statusCode(200)
                .body(containsString("src=\"/scorecard/trend.svg?period=2026-Q3\""));
    }

    @Test
    void aPeriodThatIsNoneIsRefusedByName() {
        int status = AdminApi.admin()
                .queryParam("period", "someday")
                .get("/scorecard/trend.svg")
                .then()
                .extract()
                .statusCode();
        assertThat(status).isBetween(400, 422);
    }

    @Test
    void anonymousReadersAreTurnedAway() {
        int status = given().redirects()
                .follow(false)
                .queryParam("period", "2026-Q4")
                .get("/scorecard/trend.svg")
                .then()
                .extract()
                .statusCode();
        assertThat(status).isIn(302, 303, 401);
    }
}
