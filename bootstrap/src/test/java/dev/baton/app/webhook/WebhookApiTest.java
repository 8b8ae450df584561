package dev.baton.app.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/notifications/webhooks}: the admin's chat webhooks for the company and each team. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WebhookApiTest {

    private static final String PASSWORD = "webhook-api-password";

    @BeforeEach
    void noCompanyWebhook() {
        Object version =
                AdminApi.admin().get("/api/notifications/webhooks").jsonPath().get("company.version");
        if (version != null) {
            AdminApi.admin()
                    .queryParam("version", version)
                    .delete("/api/notifications/webhooks/company")
                    .then()
                    .statusCode(204);
        }
    }

    private static Map<String, Object> body(String url, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("version", version);
        return body;
    }

    @Test
    void anAdminSetsChangesAndClearsTheCompanysWebhook() {
        AdminApi.admin()
                .get("/api/notifications/webhooks")
                .then()
                .statusCode(200)
                .body("company", nullValue());

        AdminApi.admin()
                .body(body("https://hooks.slack.com/services/T/B/one", null))
                .put("/api/notifications/webhooks/company")
                .then()
                .statusCode(200)
                .body("url", equalTo("https://hooks.slack.com/services/T/B/one"), "version", equalTo(0));
        AdminApi.admin()
                .body(body("https://chat.example.com/hooks/two", 0))
                .put("/api/notifications/webhooks/company")
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        AdminApi.admin()
                .get("/api/notifications/webhooks")
                .then()
                .body("company.url", equalTo("https://chat.example.com/hooks/two"), "company.version", equalTo(1));

        AdminApi.admin()
                .queryParam("version", 1)
                .delete("/api/notifications/webhooks/company")
                .then()
                .statusCode(204);
        AdminApi.admin().get("/api/notifications/webhooks").then().body("company", nullValue());
    }

    @Test
    void aTeamsWebhookIsListedWithItsTeamAndAStaleVersionIsAConflict() {
        long owner = AdminApi.person("Hook Owner", "TEAM_LEAD");
        long team = AdminApi.team("Hooked team", "SALES", owner);
        AdminApi.admin()
                .body(body("https://hooks.example.com/team", null))
                .put("/api/notifications/webhooks/teams/" + team)
                .then()
                .statusCode(200);

        JsonPath listed = AdminApi.admin().get("/api/notifications/webhooks").jsonPath();
        List<Map<String, Object>> teams = listed.getList("teams");
        Map<String, Object> row = teams.stream()
                .filter(t -> ((Number) t.get("teamId")).longValue() == team)
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(row)
                .containsEntry("url", "https://hooks.example.com/team")
                .containsEntry("version", 0)
                .containsKey("teamName");

        AdminApi.admin()
                .body(body("https://hooks.example.com/late", null))
                .put("/api/notifications/webhooks/teams/" + team)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        AdminApi.admin()
                .queryParam("version", 7)
                .delete("/api/notifications/webhooks/teams/" + team)
                .then()
                .statusCode(409);
        AdminApi.admin()
                .body(body("https://hooks.example.com/none", null))
                .put("/api/notifications/webhooks/teams/999999")
                .then()
                .statusCode(404);
    }

    @Test
    void aUrlThatIsNotAnAbsoluteHttpAddressIsAProblemNamingTheUrlField() {
        for (String bad : List.of("hooks.slack.com/x", "ftp://example.com/x", "", "https://" + "a".repeat(2001))) {
            AdminApi.admin()
                    .body(body(bad, null))
                    .put("/api/notifications/webhooks/company")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("url"));
        }
        AdminApi.admin().get("/api/notifications/webhooks").then().body("company", nullValue());
        AdminApi.admin()
                .delete("/api/notifications/webhooks/company")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void onlyAdminsReadOrChangeWebhooks() {
        String lead = SignIns.create("hooks", "TEAM_LEAD", PASSWORD);
        String executive = SignIns.create("hooks", "EXECUTIVE", PASSWORD);
        for (String who : List.of(lead, executive)) {
            given().auth()
                    .preemptive()
                    .basic(who, PASSWORD)
                    .get("/api/notifications/webhooks")
                    .then()
                    .statusCode(403);
            given().auth()
                    .preemptive()
                    .basic(who, PASSWORD)
                    .contentType(ContentType.JSON)
                    .body(body("https://hooks.example.com/x", null))
                    .put("/api/notifications/webhooks/company")
                    .then()
                    .statusCode(403);
        }
        given().get("/api/notifications/webhooks").then().statusCode(401);
        AdminApi.admin().get("/api/notifications/webhooks").then().body("company", nullValue());
    }
}
