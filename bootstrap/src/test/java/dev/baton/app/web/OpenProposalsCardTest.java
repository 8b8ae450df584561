package dev.baton.app.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Api;
import dev.baton.app.support.Csrf;
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

/**
 * The target editor's "open proposals" card: both teams' editors list an open proposal between them, even one no
 * finding names, and only who may decide (or withdraw) gets the buttons.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class OpenProposalsCardTest {

    private static final String PASSWORD = "proposal-card-password";
    private static final String PERIOD = "2026-Q4";

    private long marketing;
    private long sales;
    private long product;
    private String marketingName;
    private String salesName;
    private String productName;
    private String marketingSession;
    private String salesSession;
    private String productSession;

    @BeforeEach
    void threeTeamsWithoutAFunnelBetweenThem() {
        String mia = SignIns.create("mia", "TEAM_LEAD", PASSWORD);
        String sam = SignIns.create("sam", "TEAM_LEAD", PASSWORD);
        String pat = SignIns.create("pat", "TEAM_LEAD", PASSWORD);
        marketingName = Names.unique("Marketing");
        salesName = Names.unique("Sales");
        productName = Names.unique("Product");
        marketing = Api.createTeam(AdminApi.admin(), marketingName, "MARKETING", personOf(mia));
        sales = Api.createTeam(AdminApi.admin(), salesName, "SALES", personOf(sam));
        product = Api.createTeam(AdminApi.admin(), productName, "PRODUCT", personOf(pat));
        marketingSession = SignIns.formSession(mia, PASSWORD);
        salesSession = SignIns.formSession(sam, PASSWORD);
        productSession = SignIns.formSession(pat, PASSWORD);
    }

    private static long personOf(String username) {
        return SignIns.personOf(username);
    }

    private static RequestSpecification form(String session) {
        return SignIns.formPost(session);
    }

    private static String editor(String session, long team) {
        return given().cookie("baton_session", session)
                .get("/targets?team=" + team + "&period=" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The card's part of the page: the open proposals section. */
    private static String card(String page) {
        int start = page.indexOf("<section class=\"card open-proposals\"");
        assertThat(start).as("the open proposals card").isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** Marketing asks Sales to hold a bar no handoff finding names: there is no funnel between them. */
    private String proposeDealsToSales() {
        form(marketingSession)
                .formParam("toTeam", sales)
                .formParam("metric", "deals")
                .formParam("period", PERIOD)
                .formParam("type", "AT_LEAST")
                .formParam("value", "25")
                .formParam("note", "we hand you enough leads for 25")
                .post("/proposals")
                .then()
                .statusCode(303);
        String card = card(editor(salesSession, sales));
        return card.replaceAll("(?s).*data-proposal=\"([0-9a-f-]{36})\".*", "$1");
    }

    @Test
    void withoutAProposalTheCardSaysSo() {
        assertThat(card(editor(productSession, product)))
                .contains("Open proposals")
                .contains("No open proposal made by or to " + productName + " for " + PERIOD + ".")
                .doesNotContain("data-proposal=");
    }

    @Test
    void theReceivingTeamsEditorListsItWithAcceptAndDecline() {
        String id = proposeDealsToSales();

        String card = card(editor(salesSession, sales));

        assertThat(card)
                .contains("deals")
                .contains(PERIOD)
                .contains("≥ 25")
                .contains("we hand you enough leads for 25")
                .contains("proposed by " + marketingName + ", waiting for " + salesName)
                .contains("action=\"/proposals/" + id + "/accept\"")
                .contains("action=\"/proposals/" + id + "/decline\"")
                .contains("name=\"" + Csrf.FIELD + "\"")
                .doesNotContain("/withdraw\"");
    }

    @Test
    void theProposingTeamsEditorListsItWithWithdrawOnly() {
        String id = proposeDealsToSales();

        String card = card(editor(marketingSession, marketing));

        assertThat(card)
                .contains("proposed by " + marketingName + ", waiting for " + salesName)
                .contains("action=\"/proposals/" + id + "/withdraw\"")
                .doesNotContain("/accept\"")
                .doesNotContain("/decline\"");
    }

    @Test
    void aThirdTeamsLeadSeesItWithoutAnyButton() {
        proposeDealsToSales();

        String card = card(editor(productSession, sales));

        assertThat(card)
                .contains("waiting for " + salesName)
                .doesNotContain("/accept\"")
                .doesNotContain("/decline\"")
                .doesNotContain("/withdraw\"");
    }

    @Test
    void acceptingOnTheCardWritesTheTargetAndComesBackToTheEditor() {
        String id = proposeDealsToSales();

        String back = "/targets?team=" + sales + "&period=" + PERIOD;
        String location = form(salesSession)
                .formParam("back", back)
                .post("/proposals/" + id + "/accept")
                .then()
                .statusCode(303)
                .header("Location", endsWith(back + "&proposal=accepted"))
                .extract()
                .header("Location");

        given().cookie("baton_session", salesSession)
                .get(location.substring(location.indexOf("/targets")))
                .then()
                .statusCode(200)
                .body(containsString("Accepted: the target is written."));
        assertThat(card(editor(salesSession, sales))).doesNotContain("data-proposal=\"" + id + "\"");
        List<Map<String, Object>> targets = AdminApi.admin()
                .queryParam("team", sales)
                .queryParam("period", PERIOD)
                .get("/api/targets")
                .jsonPath()
                .getList("items");
        assertThat(targets).extracting(t -> t.get("metric")).containsExactly("deals");
    }

    @Test
    void aBackAddressThatIsNotATargetEditorIsIgnored() {
        String id = proposeDealsToSales();

        form(marketingSession)
                .formParam("back", "https://elsewhere.example/targets?")
                .post("/proposals/" + id + "/withdraw")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/proposals?done=withdrawn"));
    }
}
