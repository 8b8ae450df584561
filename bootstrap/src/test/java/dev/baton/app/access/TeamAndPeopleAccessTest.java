package dev.baton.app.access;

import static io.restassured.RestAssured.given;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Teams and people are the admin's: others may read them, and nobody may do either anonymously. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class TeamAndPeopleAccessTest {

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().get("/api/teams").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/people").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "X", "kind", "SALES", "ownerId", 1))
                .post("/api/teams")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void anExecutiveReadsTeamsButMayNotCreateThem() {
        given().get("/api/teams").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", Names.unique("Nope"), "kind", "SALES", "ownerId", 1))
                .post("/api/teams")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "lead", roles = "TEAM_LEAD")
    void aTeamLeadMayNotManagePeople() {
        given().get("/api/people").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Sneaky", "email", Names.email("sneaky"), "roles", List.of("ADMIN")))
                .post("/api/people")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/teams/1/archive")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void anExecutiveGetsAForbiddenPageForAdminForms() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", "Y")
                .formParam("kind", "SALES")
                .formParam("ownerId", "1")
                .post("/admin/teams")
                .then()
                .statusCode(403)
                .contentType(org.hamcrest.Matchers.containsString("text/html"));
    }
}
