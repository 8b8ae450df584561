package dev.baton.app.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recording and reading a period's measures through the API. Each test records into a funnel of its own, so tests
 * sharing the database never see each other's values.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class MeasureApiTest {

    /** A funnel of its own (one team owning both stages, so it adds no handoff), as the id measures name it by. */
    static String aFunnel() {
        return Long.toString(aFunnelNamed(Names.unique("Measured")));
    }

    static long aFunnelNamed(String name) {
        long owner = Api.createPerson(Names.unique("Measure Owner"), "TEAM_LEAD");
        long team = Api.createTeam(Names.unique("Measuring"), "MARKETING", owner);
        return PlanApi.createFunnel(name, PlanApi.stage("lead", team), PlanApi.stage("sql", team));
    }

    @Test
    void recordedMeasuresAreReadBackForThePeriod() {
        String funnel = aFunnel();
        given().contentType(ContentType.JSON)
                .queryParam("funnel", funnel)
                .body("{\"revenue\": 1800000, \"orders\": 360, \"entered:mql\": 1200, \"visits\": 0.5}")
                .put("/api/measures/2026-09")
                .then()
                .statusCode(200)
                .body("period", equalTo("2026-09"))
                .body("funnel", equalTo(Integer.valueOf(funnel)))
                .body("values", aMapWithSize(4));

        JsonPath read = given().queryParam("funnel", funnel)
                .get("/api/measures/2026-09")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(read.getString("values.revenue")).isEqualTo("1800000");
        assertThat(read.getString("values.orders")).isEqualTo("360");
        assertThat(read.getString("values.'entered:mql'")).isEqualTo("1200");
        assertThat(read.getString("values.visits")).isEqualTo("0.5");
    }

    @Test
    void aSecondRecordingOverwritesOnlyTheMeasuresItNames() {
        String funnel = aFunnel();
        String etag = put(funnel, "2026-Q3", "{\"revenue\": 100, \"orders\": 3}")
                .statusCode(200)
                .extract()
                .header("ETag");
        put(funnel, "2026-q3", etag, "{\"revenue\": \"250.75\"}")
                .statusCode(200)
                .body("period", equalTo("2026-Q3"));

        given().queryParam("funnel", funnel)
                .get("/api/measures/2026-Q3")
                .then()
                .statusCode(200)
                .body("values.revenue", equalTo(250.75f))
                .body("values.orders", equalTo(3));
    }

    @Test
    void theVersionIsTheETagAndEveryRecordingThatChangesAValueMovesItOn() {
        String funnel = aFunnel();
        given().queryParam("funnel", funnel)
                .get("/api/measures/2026-10")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0));

        put(funnel, "2026-10", "{\"orders\": 3}")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
        put(funnel, "2026-10", "W/\"1\"", "{\"orders\": 4}").statusCode(200).header("ETag", "\"2\"");
        put(funnel, "2026-10", "\"2\"", "{\"orders\": 4}").statusCode(200).header("ETag", "\"2\"");

        given().queryParam("funnel", funnel)
                .get("/api/measures/2026-10")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body("values.orders", equalTo(4));
    }

    @Test
    void aRecordingFromAStaleVersionIsRefusedWith409AndChangesNothing() {
        String funnel = aFunnel();
        put(funnel, "2026-11", "{\"orders\": 3}").statusCode(200);
        put(funnel, "2026-11", "\"1\"", "{\"orders\": 5}").statusCode(200);

        put(funnel, "2026-11", "\"1\"", "{\"orders\": 99, \"revenue\": 1}")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("2026-11"))
                .body("detail", containsString("changed by someone else"));
        put(funnel, "2026-11", "{\"orders\": 98}").statusCode(409);

        assertThat(values(funnel, "2026-11")).containsExactly(Map.entry("orders", "5"));
    }

    @Test
    void anIfMatchThatHoldsNoVersionIsRefusedAsTheFieldVersion() {
        put(aFunnel(), "2026-09", "\"three\"", "{\"orders\": 1}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("version"))
                .body("errors[0].message", containsString("'three' is not a version"));
    }

    @Test
    void anImportMovesTheVersionOnSoACopyReadBeforeItIsStale() {
        String funnel = aFunnel();
        put(funnel, "2026-12", "{\"orders\": 3}").statusCode(200);
        given().contentType("text/csv")
                .queryParam("mode", "commit")
                .body("period,measure,value,funnel\n2026-12,revenue,10," + funnel + "\n")
                .post("/api/measures/import")
                .then()
                .statusCode(200);

        put(funnel, "2026-12", "\"1\"", "{\"orders\": 4}").statusCode(409);
        put(funnel, "2026-12", "\"2\"", "{\"orders\": 4}").statusCode(200);
    }

    @Test
    void aPeriodWithNothingRecordedIsEmptyNotMissing() {
        given().queryParam("funnel", aFunnel())
                .get("/api/measures/2031")
                .then()
                .statusCode(200)
                .body("values", anEmptyMap());
    }

    @Test
    void aNegativeValueIsRefusedUnderItsKey() {
        put(aFunnel(), "2026-09", "{\"revenue\": -5, \"orders\": 3}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("revenue"))
                .body("errors.message", hasItem(containsString("never negative")));
    }

    @Test
    void textThatIsNotANumberIsRefusedUnderItsKeyNotAsAMalformedBody() {
        put(aFunnel(), "2026-09", "{\"revenue\": \"abc\", \"orders\": true, \"visits\": {\"a\": 1}}")
                .statusCode(422)
                .body("errors.field", hasItem("revenue"))
                .body("errors.field", hasItem("orders"))
                .body("errors.field", hasItem("visits"))
                .body("errors.message", hasItem(containsString("'abc' is not a number")));
    }

    @Test
    void anUnknownKeyOrAComputedMetricIsNotAMeasure() {
        put(aFunnel(), "2026-09", "{\"revenu\": 5, \"cac\": 100}")
                .statusCode(422)
                .body("errors.field", hasItem("revenu"))
                .body("errors.field", hasItem("cac"))
                .body("errors.message", hasItem(containsString("computed metric")));
    }

    @Test
    void aBadPeriodIsRefusedAsTheFieldPeriod() {
        put(aFunnel(), "2026-13", "{\"revenue\": 5}").statusCode(422).body("errors[0].field", equalTo("period"));
        given().get("/api/measures/september").then().statusCode(422).body("errors[0].field", equalTo("period"));
    }

    @Test
    void anEmptyObjectOrAnArrayIsRefused() {
        put(aFunnel(), "2026-09", "{}").statusCode(422).body("errors[0].field", equalTo("body"));
        put(aFunnel(), "2026-09", "[1]").statusCode(422).body("errors[0].field", equalTo("body"));
    }

    @Test
    void recordingIsWrittenToTheAuditTrailWithTheValuesBeforeAndAfter() {
        String funnel = aFunnel();
        put(funnel, "2027-02", "{\"orders\": 10}").statusCode(200);
        put(funnel, "2027-02", "\"1\"", "{\"orders\": 12, \"revenue\": 900}").statusCode(200);

        JsonPath trail = given().queryParam("entity", "measure")
                .queryParam("entityId", "2027-02")
                .queryParam("size", 200)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        String entries = trail.prettify();
        assertThat(entries)
                .contains("\"funnel\": " + funnel)
                .contains("\"orders\": 12")
                .contains("\"orders\": 10");
    }

    @Test
    @TestSecurity(user = "lead", roles = "TEAM_LEAD")
    void aTeamLeadRecordsMeasures() {
        // A lead may not create a funnel, so this one records organisation-wide, in a year no other test uses.
        put("", "2161-01", "{\"leads\": 40}").statusCode(200);
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void anExecutiveReadsMeasuresButMayNotRecordThem() {
        given().get("/api/measures/2026-09").then().statusCode(200);
        // Access is checked before the funnel, so the funnel need not exist to be refused.
        put("987654321", "2026-09", "{\"revenue\": 5}").statusCode(403).contentType("application/problem+json");
    }

    static io.restassured.response.ValidatableResponse put(String funnel, String period, String json) {
        return given().contentType(ContentType.JSON)
                .queryParam("funnel", funnel)
                .body(json)
                .put("/api/measures/" + period)
                .then();
    }

    static io.restassured.response.ValidatableResponse put(String funnel, String period, String ifMatch, String json) {
        return given().contentType(ContentType.JSON)
                .header("If-Match", ifMatch)
                .queryParam("funnel", funnel)
                .body(json)
                .put("/api/measures/" + period)
                .then();
    }

    static Map<String, String> values(String funnel, String period) {
        return given().queryParam("funnel", funnel)
                .get("/api/measures/" + period)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("values", String.class, String.class);
    }
}
