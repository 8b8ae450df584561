package dev.baton.app.alignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The score's own trend: one point per period of the asked kind, oldest first. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ScoreHistoryApiTest {

    @Test
    void theHistoryHasOneScorePerQuarterEndingWithTheOneAsked() {
        JsonPath history = AdminApi.admin()
                .queryParam("period", "2026-Q4")
                .queryParam("count", 6)
                .get("/api/alignment/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("points.period"))
                .containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(history.getList("points.score", Integer.class))
                .allSatisfy(score -> assertThat(score).isBetween(0, 100));
    }

    @Test
    void aCountOutsideOneToTwentyFourAndAMissingPeriodAreNamed() {
        JsonPath problem = AdminApi.admin()
                .queryParam("count", 99)
                .get("/api/alignment/history")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(problem.getList("errors.field")).containsExactly("period", "count");
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().queryParam("period", "2026-Q4")
                .get("/api/alignment/history")
                .then()
                .statusCode(401);
    }
}
