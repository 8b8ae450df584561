package dev.baton.app.funnel;

import static dev.baton.app.support.PlanApi.stage;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class FunnelApiTest {

    private long marketing;
    private long sales;

    @BeforeEach
    void twoTeams() {
        long owner = Api.createPerson("Funnel Owner", "TEAM_LEAD");
        marketing = Api.createTeam(Names.unique("Marketing"), "MARKETING", owner);
        sales = Api.createTeam(Names.unique("Sales"), "SALES", owner);
    }

    @Test
    void definingAFunnelAnswers201WithItsStagesInOrderAndTheHandoffsTheyDerive() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Main",
                        "stages",
                        List.of(stage("lead", marketing), stage("mql", marketing), stage("sql", sales))))
                .when()
                .post("/api/funnels")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/funnels/"))
                .body("stages.key", equalTo(List.of("lead", "mql", "sql")))
                .body("handoffs", org.hamcrest.Matchers.hasSize(1))
                .body("handoffs[0].from", equalTo("mql"))
                .body("handoffs[0].to", equalTo("sql"))
                .body("handoffs[0].toTeam", equalTo((int) sales))
                .body("version", equalTo(0));
    }

    @Test
    void aFunnelIsListedAndReadByIdAndAnUnknownIdIsNotFound() {
        long id = PlanApi.createFunnel(Names.unique("Listed"), stage("a", marketing), stage("b", sales));
        given().get("/api/funnels").then().statusCode(200).body("id", hasItem((int) id));
        given().get("/api/funnels/" + id).then().statusCode(200).body("stages[1].team", equalTo((int) sales));
        given().get("/api/funnels/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyBadStageIsNamedByItsPath() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "",
                        "stages",
                        List.of(
                                stage("mql", marketing),
                                Map.of("key", "mql", "name", "Again", "team", sales),
                                Map.of("key", "Bad Key", "name", "x", "team", sales))))
                .when()
                .post("/api/funnels")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("name", "stages[1].key", "stages[2].key"));
    }

    @Test
    void aStageOfAnUnknownTeamAndAFunnelOfOneStageAreRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Short", "stages", List.of(stage("a", marketing))))
                .post("/api/funnels")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("stages"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Ghost", "stages", List.of(stage("a", marketing), stage("b", 987654321L))))
                .post("/api/funnels")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("stages[1].team"));
    }

    @Test
    void anEditMovesTheVersionOnAndAStaleVersionIsAConflict() {
        long id = PlanApi.createFunnel(Names.unique("Edited"), stage("a", marketing), stage("b", sales));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Edited",
                        "stages",
                        List.of(stage("a", marketing), stage("b", marketing), stage("c", sales)),
                        "version",
                        0))
                .put("/api/funnels/" + id)
                .then()
                .statusCode(200)
                .body("stages.key", equalTo(List.of("a", "b", "c")))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Stale", "stages", List.of(stage("a", marketing), stage("b", sales)), "version", 0))
                .put("/api/funnels/" + id)
                .then()
                .statusCode(409);
        given().get("/api/funnels/" + id).then().body("name", equalTo("Edited"));
    }

    @Test
    void aTeamThatOwnsStagesCannotBeArchived() {
        PlanApi.createFunnel(Names.unique("Owning"), stage("a", marketing), stage("b", sales));
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/teams/" + marketing + "/archive")
                .then()
                .statusCode(409)
                .body("detail", containsString("funnel stage"));
    }
}
