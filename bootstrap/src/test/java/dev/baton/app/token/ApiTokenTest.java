package dev.baton.app.token;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.SignIns;
import dev.baton.application.token.ApiToken;
import dev.baton.application.token.TokenSecrets;
import dev.baton.application.token.port.ApiTokenRepository;
import dev.baton.domain.person.PersonId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Personal access tokens through the API: made once, used as a bearer token, listed, revoked. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ApiTokenTest {

    private static final String PASSWORD = "token-test-password";

    @Inject
    DataSource dataSource;

    @Inject
    ApiTokenRepository tokens;

    private static RequestSpecification basic(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON);
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static RequestSpecification asAdmin() {
        return given().auth()
                .preemptive()
                .basic(SignIns.ADMIN, SignIns.ADMIN_PASSWORD)
                .contentType(ContentType.JSON);
    }

    private static JsonPath createToken(RequestSpecification as, String name) {
        return as.body(Map.of("name", name))
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void aTokenIsShownOnceThenWorksAsABearerTokenAndIsListedWithoutItsSecret() {
        String lead = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        String expires = Instant.now()
                .plus(30, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        JsonPath created = basic(lead)
                .body(Map.of("name", "CRM sync", "expiresAt", expires))
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/tokens/"))
                .body("name", equalTo("CRM sync"))
                .body("expiresAt", equalTo(expires))
                .body("token", startsWith("baton_"))
                .extract()
                .jsonPath();
        String token = created.getString("token");

        bearer(token).get("/api/targets").then().statusCode(200);
        bearer(token)
                .get("/api/tokens")
                .then()
                .statusCode(200)
                .body("[0].id", equalTo(created.getInt("id")))
                .body("[0].name", equalTo("CRM sync"))
                .body("[0].createdAt", notNullValue())
                .body("[0].lastUsedAt", notNullValue())
                .body("[0].expiresAt", equalTo(expires))
                .body("[0].token", nullValue())
                .body(not(containsString(token)));
    }

    @Test
    void withoutAnExpiryATokenLastsNinetyDays() {
        String lead = SignIns.create("tok", "EXECUTIVE", PASSWORD);
        Instant expires = Instant.parse(createToken(basic(lead), "default").getString("expiresAt"));
        assertThat(expires)
                .isBetween(
                        Instant.now().plus(89, ChronoUnit.DAYS), Instant.now().plus(91, ChronoUnit.DAYS));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        String lead = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        JsonPath created = createToken(basic(lead), "to revoke");
        String token = created.getString("token");
        bearer(token).get("/api/teams").then().statusCode(200);

        bearer(token).delete("/api/tokens/" + created.getLong("id")).then().statusCode(204);

        bearer(token).get("/api/teams").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        basic(lead).get("/api/tokens").then().statusCode(200).body("id", not(hasItem(created.getInt("id"))));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String lead = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        JsonPath created = createToken(basic(lead), "fresh");
        long personId = personOf(lead);
        String secret = TokenSecrets.newSecret();
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew()
                .run(() -> tokens.add(
                        new ApiToken(
                                tokens.nextId(),
                                new PersonId(personId),
                                "expired",
                                past.minus(1, ChronoUnit.DAYS),
                                Optional.empty(),
                                past),
                        TokenSecrets.hash(secret)));

        bearer(secret).get("/api/teams").then().statusCode(401);
        bearer(created.getString("token")).get("/api/teams").then().statusCode(200);
    }

    @Test
    void anUnknownOrMalformedTokenIsRefused() {
        bearer(TokenSecrets.newSecret()).get("/api/teams").then().statusCode(401);
        bearer("not-a-baton-token").get("/api/teams").then().statusCode(401);
        given().header("Authorization", "Bearer ").get("/api/teams").then().statusCode(401);
    }

    @Test
    void aTokenCarriesTheRolesItsPersonHoldsWhenItIsUsed() {
        String admin = SignIns.create("tok", "ADMIN", PASSWORD);
        String token = createToken(basic(admin), "admin script").getString("token");
        bearer(token)
                .body(Map.of(
                        "name", Names.unique("Token Person"), "email", Names.email("t"), "roles", List.of("EXECUTIVE")))
                .post("/api/people")
                .then()
                .statusCode(201);

        long person = personOf(admin);
        JsonPath current =
                asAdmin().get("/api/people/" + person).then().extract().jsonPath();
        asAdmin()
                .body(Map.of(
                        "name", current.getString("name"),
                        "email", current.getString("email"),
                        "roles", List.of("EXECUTIVE"),
                        "version", current.getLong("version")))
                .put("/api/people/" + person)
                .then()
                .statusCode(200);

        bearer(token)
                .body(Map.of(
                        "name", Names.unique("Token Person"), "email", Names.email("t"), "roles", List.of("EXECUTIVE")))
                .post("/api/people")
                .then()
                .statusCode(403);
        bearer(token).get("/api/people").then().statusCode(200);
    }

    @Test
    void aTeamLeadsTokenCannotDoWhatATeamLeadMayNot() {
        String lead = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        String token = createToken(basic(lead), "lead script").getString("token");
        bearer(token)
                .body(Map.of("name", Names.unique("Nope"), "email", Names.email("n"), "roles", List.of("ADMIN")))
                .post("/api/people")
                .then()
                .statusCode(403);
    }

    @Test
    void theTokenTableHoldsOnlyAHashOfTheSecret() throws SQLException {
        String lead = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        JsonPath created = createToken(basic(lead), "hashed");
        String token = created.getString("token");
        List<String> cells = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select * from api_token")) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    cells.add(String.valueOf(rows.getString(i)));
                }
            }
        }
        assertThat(cells).isNotEmpty().noneMatch(cell -> cell.contains(token) || cell.contains(token.substring(6)));
        assertThat(cells).contains(TokenSecrets.hash(token));
    }

    @Test
    void creationAndRevocationAreInTheAuditTrail() {
        String lead = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        JsonPath created = createToken(basic(lead), "audited");
        String id = created.getString("id");
        basic(lead).delete("/api/tokens/" + id).then().statusCode(204);
        asAdmin()
                .queryParam("entity", "api-token")
                .queryParam("entityId", id)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.containsInAnyOrder("create", "revoke"))
                .body("items.actor", org.hamcrest.Matchers.everyItem(equalTo(lead)))
                .body(not(containsString(created.getString("token"))));
    }

    @Test
    void anInvalidTokenRequestIsA422NamingEachField() {
        String lead = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        basic(lead)
                .body(Map.of("name", " ", "expiresAt", "next tuesday"))
                .post("/api/tokens")
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "expiresAt"));
        basic(lead)
                .body(Map.of("name", "x".repeat(81)))
                .post("/api/tokens")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("name"));
        basic(lead)
                .body(Map.of("name", "past", "expiresAt", "2020-01-01"))
                .post("/api/tokens")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("expiresAt"));
        basic(lead)
                .body(Map.of(
                        "name",
                        "too far",
                        "expiresAt",
                        Instant.now().plus(400, ChronoUnit.DAYS).toString()))
                .post("/api/tokens")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("expiresAt"));
        basic(lead).post("/api/tokens").then().statusCode(422);
    }

    @Test
    void nobodyButItsOwnerOrAnAdminRevokesOrListsAToken() {
        String owner = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        String other = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        JsonPath created = createToken(basic(owner), "mine");
        long id = created.getLong("id");

        basic(other).delete("/api/tokens/" + id).then().statusCode(403);
        basic(other)
                .queryParam("personId", personOf(owner))
                .get("/api/tokens")
                .then()
                .statusCode(403);
        given().delete("/api/tokens/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "anon"))
                .post("/api/tokens")
                .then()
                .statusCode(401);
        bearer(created.getString("token")).get("/api/teams").then().statusCode(200);

        asAdmin()
                .queryParam("personId", personOf(owner))
                .get("/api/tokens")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) id));
        asAdmin().delete("/api/tokens/" + id).then().statusCode(204);
        asAdmin().delete("/api/tokens/" + id).then().statusCode(404);
        bearer(created.getString("token")).get("/api/teams").then().statusCode(401);
    }

    @Test
    void aPersonMakesSeesAndRevokesTheirTokensOnTheirOwnPage() {
        String lead = SignIns.create("tok", "TEAM_LEAD", PASSWORD);
        String session = SignIns.formSession(lead, PASSWORD);
        String page = given().cookie("baton_session", session)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", "Sheet export")
                .formParam("expiresAt", "")
                .post("/tokens")
                .then()
                .statusCode(201)
                .body(containsString("Sheet export"))
                .extract()
                .asString();
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"new-token\">(baton_[A-Za-z0-9_-]+)<")
                .matcher(page);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1);
        bearer(secret).get("/api/teams").then().statusCode(200);

        given().cookie("baton_session", session)
                .get("/tokens")
                .then()
                .statusCode(200)
                .body(containsString("Sheet export"), not(containsString(secret)));

        given().cookie("baton_session", session)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", "")
                .formParam("expiresAt", "2031-01-01")
                .post("/tokens")
                .then()
                .statusCode(422)
                .body(containsString("Give the token a name."), containsString("value=\"2031-01-01\""));

        long id = bearer(secret).get("/api/tokens").then().extract().jsonPath().getLong("[0].id");
        given().cookie("baton_session", session)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .redirects()
                .follow(false)
                .post("/tokens/" + id + "/revoke")
                .then()
                .statusCode(303)
                .header("Location", containsString("/tokens?revoked=true"));
        bearer(secret).get("/api/teams").then().statusCode(401);
    }

    /** {@link SignIns#create} names a sign-in after its person: {@code prefix-role-<person id>}. */
    private static long personOf(String username) {
        return Long.parseLong(username.substring(username.lastIndexOf('-') + 1));
    }
}
