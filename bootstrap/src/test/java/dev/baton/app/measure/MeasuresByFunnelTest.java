package dev.baton.app.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.PlanApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measures are tied to funnels by id: in the API, in a CSV file (by id or exact name), through a rename. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class MeasuresByFunnelTest {

    private static io.restassured.response.ValidatableResponse importing(String mode, String csv) {
        return given().contentType("text/csv")
                .queryParam("mode", mode)
                .body(csv)
                .post("/api/measures/import")
                .then();
    }

    @Test
    void aFunnelIsNamedByItsIdAndItsValuesAreApartFromTheOrganisations() {
        String funnel = MeasureApiTest.aFunnel();
        MeasureApiTest.put(funnel, "2031-05", "{\"entered:mql\": 40}")
                .statusCode(200)
                .body("funnel", equalTo(Integer.valueOf(funnel)));

        assertThat(MeasureApiTest.values(funnel, "2031-05")).containsExactly(Map.entry("entered:mql", "40"));
        given().get("/api/measures/2031-05")
                .then()
                .statusCode(200)
                .body("funnel", nullValue())
                .body("values.'entered:mql'", nullValue());
    }

    @Test
    void aFunnelThatDoesNotExistIsA422NamingItWhereverItIsNamed() {
        MeasureApiTest.put("987654321", "2031-05", "{\"orders\": 1}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("funnel"))
                .body("errors[0].message", containsString("987654321"));
        given().queryParam("funnel", "987654321")
                .get("/api/measures/2031-05")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("funnel"));
        given().queryParam("from", "2031-01")
                .queryParam("to", "2031-02")
                .queryParam("funnel", "987654321")
                .get("/api/measures/export")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("funnel"));
    }

    @Test
    void aFunnelNamedByTextInTheApiIsA422NamingTheText() {
        MeasureApiTest.put("Product A", "2031-05", "{\"orders\": 1}")
                .statusCode(422)
                .body("errors[0].field", equalTo("funnel"))
                .body("errors[0].message", containsString("'Product A' is not a funnel id"));
    }

    @Test
    void renamingAFunnelKeepsItsMeasures() {
        String before = Names.unique("Before");
        long id = MeasureApiTest.aFunnelNamed(before);
        String funnel = Long.toString(id);
        MeasureApiTest.put(funnel, "2031-06", "{\"entered:lead\": 12}").statusCode(200);

        JsonPath stored = given().get("/api/funnels/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> stages = stored.getList("stages");
        String after = Names.unique("After");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", after, "stages", stages, "version", stored.getLong("version")))
                .put("/api/funnels/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(after));

        assertThat(MeasureApiTest.values(funnel, "2031-06")).containsEntry("entered:lead", "12");
        importing("preview", "period,measure,value,funnel\n2031-07,orders,1," + after + "\n")
                .statusCode(200)
                .body("errorCount", equalTo(0));
        importing("preview", "period,measure,value,funnel\n2031-07,orders,1," + before + "\n")
                .statusCode(200)
                .body("errors[0].column", equalTo("funnel"))
                .body("errors[0].message", containsString("Unknown funnel '" + before + "'"));
    }

    @Test
    void theCsvFunnelColumnTakesAFunnelsIdOrItsExactName() {
        String name = Names.unique("By Name");
        String byName = Long.toString(MeasureApiTest.aFunnelNamed(name));
        String byId = MeasureApiTest.aFunnel();

        importing(
                        "commit",
                        "period,measure,value,funnel\n"
                                + "2031-08,orders,5," + byId + "\n"
                                + "2031-08,orders,6,\"" + name + "\"\n")
                .statusCode(200)
                .body("written", equalTo(true));

        assertThat(MeasureApiTest.values(byId, "2031-08")).containsEntry("orders", "5");
        assertThat(MeasureApiTest.values(byName, "2031-08")).containsEntry("orders", "6");
    }

    @Test
    void anUnknownFunnelInTheCsvIsAnErrorOnItsLineNamingItAndNothingIsWritten() {
        String funnel = MeasureApiTest.aFunnel();

        importing(
                        "commit",
                        "period,measure,value,funnel\n"
                                + "2031-09,orders,5," + funnel + "\n"
                                + "2031-09,orders,6,No Such Funnel\n")
                .statusCode(422)
                .body("errors[0].line", equalTo(3))
                .body("errors[0].column", equalTo("funnel"))
                .body("errors[0].message", containsString("'No Such Funnel'"));

        assertThat(MeasureApiTest.values(funnel, "2031-09")).isEmpty();
    }

    @Test
    void theExportWritesEachFunnelsIdSoItImportsBackIntoTheSameFunnel() {
        String funnel = MeasureApiTest.aFunnel();
        MeasureApiTest.put(funnel, "2031-10", "{\"orders\": 3}").statusCode(200);

        String exported = given().queryParam("from", "2031-10")
                .queryParam("to", "2031-10")
                .queryParam("funnel", funnel)
                .get("/api/measures/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(exported).isEqualTo("period,measure,value,funnel\n2031-10,orders,3," + funnel + "\n");
        importing("commit", exported.replace(",3,", ",4,")).statusCode(200);
        assertThat(MeasureApiTest.values(funnel, "2031-10")).containsEntry("orders", "4");
    }

    @Test
    void twoFunnelsAtAnArpuOf100GiveTheOrganisationAnArpuOf100OnTheScorecard() {
        // Nothing is recorded organisation-wide in 4051-03 (beyond every other test's periods), so the scorecard's
        // actuals come from the two funnels: their ARPU is never added, their paying customers are.
        long owner = Api.createPerson(Names.unique("Arpu Owner"), "TEAM_LEAD");
        long team = Api.createTeam(Names.unique("Arpu"), "CUSTOMER_SUCCESS", owner);
        PlanApi.setTarget(PlanApi.target(team, "arpu", "4051-03", "AT_LEAST", 90, owner));
        PlanApi.setTarget(PlanApi.target(team, "mrr", "4051-03", "AT_LEAST", 3000, owner));
        String one = MeasureApiTest.aFunnel();
        String two = MeasureApiTest.aFunnel();
        MeasureApiTest.put(one, "4051-03", "{\"arpu\": 100, \"paying_customers\": 10}")
                .statusCode(200);
        MeasureApiTest.put(two, "4051-03", "{\"arpu\": 100, \"paying_customers\": 30}")
                .statusCode(200);

        JsonPath card = given().queryParam("period", "4051-03")
                .get("/api/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        String kpis = "teams.find { it.id == " + team + " }.kpis";
        assertThat(card.getDouble(kpis + ".find { it.metric == 'arpu' }.actual"))
                .isEqualTo(100.0);
        assertThat(card.getDouble(kpis + ".find { it.metric == 'mrr' }.actual")).isEqualTo(4000.0);
    }
}
