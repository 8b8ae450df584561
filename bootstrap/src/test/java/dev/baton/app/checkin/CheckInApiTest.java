package dev.baton.app.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Check-ins through the API: the owner records, the lead edits, history stays. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class CheckInApiTest {

    private static final String PASSWORD = "check-in-long-password";

    private String target;
    private String owner;
    private String lead;
    private String stranger;

    @BeforeEach
    void aSalesTargetOwnedByAnExecutive() {
        long sam = AdminApi.person("Sam Sales", "TEAM_LEAD");
        long olga = AdminApi.person("Olga Owner", "EXECUTIVE");
        long pat = AdminApi.person("Pat Product", "TEAM_LEAD");
        long sales = AdminApi.team("Sales", "SALES", sam);
        AdminApi.team("Product", "PRODUCT", pat);
        AdminApi.target(sales, "new_revenue", "2026-Q4", "AT_LEAST", 150_000, olga);
        target = AdminApi.admin()
                .queryParam("team", sales)
                .get("/api/targets")
                .then()
                .extract()
                .jsonPath()
                .getString("items[0].id");
        lead = AdminApi.signIn(sam, "sam", PASSWORD);
        owner = AdminApi.signIn(olga, "olga", PASSWORD);
        stranger = AdminApi.signIn(pat, "pat", PASSWORD);
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON);
    }

    private JsonPath record(String who) {
        return as(who).body(Map.of(
                        "note", "Pipeline is thin\nTwo deals slipped", "confidence", "AT_RISK", "forecast", 130000))
                .post("/api/targets/" + target + "/check-ins")
                .then()
                .statusCode(201)
                .body("confidence", equalTo("AT_RISK"))
                .extract()
                .jsonPath();
    }

    @Test
    void anEditKeepsTheOriginalAndWhoEditedIt() {
        JsonPath recorded = record(owner);
        String id = recorded.getString("id");
        as(lead).body(Map.of(
                        "note",
                        "Both deals are back",
                        "confidence",
                        "ON_TRACK",
                        "version",
                        recorded.getLong("version")))
                .put("/api/targets/" + target + "/check-ins/" + id)
                .then()
                .statusCode(200)
                .body("note", equalTo("Both deals are back"));

        JsonPath listed = as(owner)
                .get("/api/targets/" + target + "/check-ins")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(listed.getList("id")).containsExactly(id);
        assertThat(listed.getList("[0].history.note", String.class))
                .containsExactly("Pipeline is thin\nTwo deals slipped", "Both deals are back");
        assertThat(listed.getList("[0].history.writtenBy", String.class)).containsExactly(owner, lead);
        assertThat(listed.getString("[0].recordedBy")).isEqualTo(owner);
    }

    @Test
    void anEditFromAStaleVersionIsAConflict() {
        JsonPath recorded = record(lead);
        Map<String, Object> edit =
                Map.of("note", "Better", "confidence", "ON_TRACK", "version", recorded.getLong("version"));
        String path = "/api/targets/" + target + "/check-ins/" + recorded.getString("id");
        as(lead).body(edit).put(path).then().statusCode(200);
        as(lead).body(edit).put(path).then().statusCode(409);
        assertThat(as(lead).get("/api/targets/" + target + "/check-ins")
                        .jsonPath()
                        .getList("[0].history"))
                .hasSize(2);
    }

    @Test
    void someoneWhoNeitherOwnsTheTargetNorLeadsItsTeamIsForbidden() {
        as(stranger)
                .body(Map.of("note", "Hello", "confidence", "ON_TRACK"))
                .post("/api/targets/" + target + "/check-ins")
                .then()
                .statusCode(403);
        assertThat(as(stranger)
                        .get("/api/targets/" + target + "/check-ins")
                        .jsonPath()
                        .getList("$"))
                .isEmpty();
    }

    @Test
    void aTooLongNoteAndAnUnknownConfidenceAreNamed() {
        List<String> fields = as(owner)
                .body(Map.of("note", "x".repeat(2001), "confidence", "FINE"))
                .post("/api/targets/" + target + "/check-ins")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath()
                .getList("errors.field");
        assertThat(fields).containsExactly("note", "confidence");
    }

    @Test
    void anEditWithoutTheVersionIsRefused() {
        JsonPath recorded = record(owner);
        as(owner)
                .body(Map.of("note", "Again", "confidence", "ON_TRACK"))
                .put("/api/targets/" + target + "/check-ins/" + recorded.getString("id"))
                .then()
                .statusCode(422);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().get("/api/targets/" + target + "/check-ins").then().statusCode(401);
    }
}
