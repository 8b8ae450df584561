package dev.baton.app.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class TeamApiTest {

    private long owner;

    @BeforeEach
    void anOwner() {
        owner = Api.createPerson("Olivia Owner", "TEAM_LEAD");
    }

    @Test
    void creatingATeamAnswers201WithItsLocationAndTrimmedName() {
        String name = Names.unique("Growth");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "  " + name + "  ", "kind", "MARKETING", "ownerId", owner))
                .when()
                .post("/api/teams")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/teams/"))
                .body("name", equalTo(name))
                .body("kind", equalTo("MARKETING"))
                .body("owner.id", equalTo((int) owner))
                .body("version", equalTo(0));
    }

    @Test
    void aTeamWithoutNameKindOrOwnerIsRefusedWithEveryFieldNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "kind", "SPACE"))
                .when()
                .post("/api/teams")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "kind", "ownerId"))
                .body("errors.find { it.field == 'kind' }.message", containsString("SPACE"));
    }

    @Test
    void validationMessagesFollowAcceptLanguage() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN")
                .body(Map.of("name", "", "kind", "SALES", "ownerId", owner))
                .when()
                .post("/api/teams")
                .then()
                .statusCode(422)
                .body("errors[0].message", equalTo("团队名称为必填项。"));
    }

    @Test
    void aNameLongerThanEightyCharactersIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x".repeat(81), "kind", "SALES", "ownerId", owner))
                .when()
                .post("/api/teams")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("80"));
    }

    @Test
    void anActiveTeamNameIsUniqueIgnoringCase() {
        String name = Names.unique("Sales");
        Api.createTeam(name, "SALES", owner);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name.toUpperCase(), "kind", "SALES", "ownerId", owner))
                .when()
                .post("/api/teams")
                .then()
                .statusCode(409)
                .body("title", equalTo("Already exists"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void anOwnerWhoDoesNotExistIsAFieldError() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", Names.unique("Ghosts"), "kind", "OTHER", "ownerId", 987654))
                .when()
                .post("/api/teams")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("ownerId"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when()
                .post("/api/teams")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"A\", \"kind\": \"SALES\", \"ownerId\": \"seven\"}")
                .when()
                .post("/api/teams")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("ownerId"));
    }

    @Test
    void anUnknownTeamIsNotFound() {
        given().when()
                .get("/api/teams/99999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void editingRenamesChangesKindAndReassignsOwner() {
        long team = Api.createTeam(Names.unique("Product"), "PRODUCT", owner);
        long newOwner = Api.createPerson("Nina New", "TEAM_LEAD");
        String renamed = Names.unique("Platform");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", renamed, "kind", "OTHER", "ownerId", newOwner, "version", 0))
                .when()
                .put("/api/teams/" + team)
                .then()
                .statusCode(200)
                .body("name", equalTo(renamed))
                .body("kind", equalTo("OTHER"))
                .body("owner.id", equalTo((int) newOwner))
                .body("version", equalTo(1));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String name = Names.unique("Success");
        long team = Api.createTeam(name, "CUSTOMER_SUCCESS", owner);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", Names.unique("First"), "kind", "CUSTOMER_SUCCESS", "ownerId", owner, "version", 0))
                .put("/api/teams/" + team)
                .then()
                .statusCode(200);
        String second = Names.unique("Second");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", second, "kind", "CUSTOMER_SUCCESS", "ownerId", owner, "version", 0))
                .when()
                .put("/api/teams/" + team)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/teams/" + team).then().body("name", not(equalTo(second)));
    }

    @Test
    void anEditWithoutVersionIsRefused() {
        long team = Api.createTeam(Names.unique("Finance"), "FINANCE", owner);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", Names.unique("Fin"), "kind", "FINANCE", "ownerId", owner))
                .when()
                .put("/api/teams/" + team)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void membersCanBeAddedAndRemoved() {
        long team = Api.createTeam(Names.unique("Crew"), "SALES", owner);
        long member = Api.createPerson("Max Member", "EXECUTIVE");
        given().contentType(ContentType.JSON)
                .body(Map.of("personId", member))
                .when()
                .post("/api/teams/" + team + "/members")
                .then()
                .statusCode(200)
                .body("memberIds", contains((int) member));
        given().when()
                .delete("/api/teams/" + team + "/members/" + member)
                .then()
                .statusCode(200)
                .body("memberIds", not(hasItem((int) member)));
    }

    @Test
    void addingSomeoneWhoDoesNotExistIsAFieldError() {
        long team = Api.createTeam(Names.unique("Crew"), "SALES", owner);
        given().contentType(ContentType.JSON)
                .body(Map.of("personId", 55555555))
                .when()
                .post("/api/teams/" + team + "/members")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("personId"));
    }

    @Test
    void archivingFreesTheNameAndHidesTheTeamFromTheDefaultList() {
        String name = Names.unique("Legacy");
        long team = Api.createTeam(name, "OTHER", owner);
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .when()
                .post("/api/teams/" + team + "/archive")
                .then()
                .statusCode(200)
                .body("archived", equalTo(true));
        given().queryParam("size", 200).get("/api/teams").then().body("items.id", not(hasItem((int) team)));
        given().queryParam("includeArchived", true)
                .queryParam("size", 200)
                .get("/api/teams")
                .then()
                .body("items.id", hasItem((int) team));
        Api.createTeam(name, "OTHER", owner);
    }

    @Test
    void anArchivedTeamCannotBeEdited() {
        long team = Api.createTeam(Names.unique("Old"), "OTHER", owner);
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/teams/" + team + "/archive")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", Names.unique("Revived"), "kind", "OTHER", "ownerId", owner, "version", 1))
                .when()
                .put("/api/teams/" + team)
                .then()
                .statusCode(409)
                .body("detail", containsString("archived"));
    }

    @Test
    void theListFiltersByKindAndPages() {
        String marker = Names.unique("Pager");
        for (int i = 0; i < 3; i++) {
            Api.createTeam(marker + " " + i, "FINANCE", owner);
        }
        given().queryParam("kind", "FINANCE")
                .queryParam("size", 2)
                .when()
                .get("/api/teams")
                .then()
                .statusCode(200)
                .body("size", equalTo(2))
                .body("items.size()", equalTo(2))
                .body("items.kind", not(hasItem(not(equalTo("FINANCE")))));
        given().queryParam("size", 0).when().get("/api/teams").then().statusCode(422);
        given().queryParam("kind", "NOPE").when().get("/api/teams").then().statusCode(422);
    }

    @Test
    void aWriteWithoutBodyIsAFieldError() {
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/teams")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void theLocationOfACreatedTeamServesIt() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("name", Names.unique("Located"), "kind", "SALES", "ownerId", owner))
                .post("/api/teams")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        given().get(location).then().statusCode(200).body("kind", equalTo("SALES"));
    }
}
