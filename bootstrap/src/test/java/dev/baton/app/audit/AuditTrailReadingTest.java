package dev.baton.app.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AuditTrailReadingTest {

    @Test
    @TestSecurity(user = "test-admin", roles = "ADMIN")
    void theApiFiltersByEntityAndTeamNewestFirst() {
        long owner = Api.createPerson("Trail Owner", "TEAM_LEAD");
        String name = Names.unique("Trail");
        long team = Api.createTeam(name, "SALES", owner);
        given().queryParam("entity", "team")
                .queryParam("team", team)
                .when()
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("create"))
                .body("items[0].actor", equalTo("test-admin"))
                .body("items[0].after.name", equalTo(name))
                .body("items.team", everyItem(equalTo((int) team)));
        given().queryParam("size", 500).get("/api/audit").then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "test-admin", roles = "ADMIN")
    void theApiFiltersByPeriod() {
        long owner = Api.createPerson("Period Owner", "TEAM_LEAD");
        long team = Api.createTeam(Names.unique("Periodic"), "SALES", owner);
        String thisMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        given().queryParam("team", team)
                .queryParam("period", thisMonth)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        given().queryParam("team", team)
                .queryParam("period", "2001-Q1")
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("period", "2026-Q5")
                .get("/api/audit")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void anExecutiveReadsTheTrail() {
        given().get("/api/audit").then().statusCode(200).body("total", greaterThanOrEqualTo(0));
    }

    @Test
    @TestSecurity(user = "lead-without-person", roles = "TEAM_LEAD")
    void aTeamLeadSeesOnlyTheTrailOfTeamsTheyLead() {
        given().get("/api/audit").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anonymousReadersAreAskedToSignIn() {
        given().get("/api/audit").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "test-admin", roles = "ADMIN")
    void theTrailPageShowsEntriesWithUserTextEscaped() {
        long owner = Api.createPerson("<img src=x onerror=alert(1)>", "TEAM_LEAD");
        given().queryParam("entity", "person")
                .when()
                .get("/audit")
                .then()
                .statusCode(200)
                .body(
                        containsString("&lt;img src=x onerror=alert(1)&gt;"),
                        org.hamcrest.Matchers.not(containsString("<img src=x")));
        given().get("/admin/people/" + owner).then().body(org.hamcrest.Matchers.not(containsString("<img src=x")));
    }
}
