package dev.baton.app.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proposals page and the "propose" a finding offers a lead who cannot edit the team shown. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ProposalPagesTest {

    private static final String PASSWORD = "proposal-page-password";

    private long sales;
    private String salesName;
    private String marketingSession;
    private String salesSession;

    @BeforeEach
    void marketingHandsOffToSales() {
        String mia = SignIns.create("mia", "TEAM_LEAD", PASSWORD);
        String sam = SignIns.create("sam", "TEAM_LEAD", PASSWORD);
        long marketing = AdminApi.team("Marketing", "MARKETING", personOf(mia));
        salesName = Names.unique("Sales");
        sales = dev.baton.app.support.Api.createTeam(AdminApi.admin(), salesName, "SALES", personOf(sam));
        AdminApi.funnel(Names.unique("Main"), "mql", marketing, "sql", sales);
        marketingSession = SignIns.formSession(mia, PASSWORD);
        salesSession = SignIns.formSession(sam, PASSWORD);
    }

    private static long personOf(String username) {
        return SignIns.personOf(username);
    }

    private static RequestSpecification form(String session) {
        return SignIns.formPost(session);
    }

    @Test
    void aFindingOnAnotherTeamsEditorOffersToProposeInsteadOfAdopt() {
        given().cookie("baton_session", marketingSession)
                .get("/targets?team=" + sales + "&period=2026-Q4")
                .then()
                .statusCode(200)
                .body(containsString("action=\"/proposals\""), containsString("Propose to " + salesName));
    }

    @Test
    void aLeadProposesTheOtherLeadSeesItWaitingAndAcceptsIt() {
        form(marketingSession)
                .formParam("toTeam", sales)
                .formParam("metric", "new_revenue")
                .formParam("period", "2026-Q4")
                .formParam("type", "AT_LEAST")
                .formParam("value", "150000")
                .formParam("note", "share it with us")
                .post("/proposals")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/proposals?done=made"));

        String page = given().cookie("baton_session", salesSession)
                .get("/proposals")
                .then()
                .statusCode(200)
                .body(containsString("waiting for " + salesName))
                .extract()
                .asString();
        String id = page.replaceAll("(?s).*action=\"/proposals/([0-9a-f-]{36})/accept\".*", "$1");
        form(salesSession)
                .post("/proposals/" + id + "/accept")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/proposals?done=accepted"));
        List<Map<String, Object>> targets = AdminApi.admin()
                .queryParam("team", sales)
                .get("/api/targets")
                .jsonPath()
                .getList("items");
        assertThat(targets).extracting(t -> t.get("metric")).containsExactly("new_revenue");
    }

    @Test
    void aRefusedProposalComesBackWithWhatWasTypedAndTheReasonBesideTheField() {
        form(marketingSession)
                .formParam("toTeam", sales)
                .formParam("metric", "")
                .formParam("period", "2026-Q4")
                .formParam("type", "AT_LEAST")
                .formParam("value", "150000")
                .formParam("note", "keep me")
                .post("/proposals")
                .then()
                .statusCode(422)
                .body(containsString("p-metric-error"), containsString("keep me"), containsString("value=\"150000\""));
    }

    @Test
    void aBarTypedAsTextIsRefusedAsNoNumberAndKeptAsTyped() {
        form(marketingSession)
                .formParam("toTeam", sales)
                .formParam("metric", "new_revenue")
                .formParam("period", "2026-Q4")
                .formParam("type", "AT_LEAST")
                .formParam("value", "lots")
                .post("/proposals")
                .then()
                .statusCode(422)
                .body(containsString("&#39;lots&#39; is not a number"), containsString("value=\"lots\""));
    }

    @Test
    void anExecutiveSeesProposalsButMayNotPostOne() {
        String eve = SignIns.create("eve", "EXECUTIVE", PASSWORD);
        String session = SignIns.formSession(eve, PASSWORD);
        given().cookie("baton_session", session).get("/proposals").then().statusCode(200);
        form(session).formParam("toTeam", sales).post("/proposals").then().statusCode(403);
    }
}
