package dev.baton.app.scorecard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scorecard's uncovered handoff offers each reader what they may do about it: adopt the shared metric on a team
 * they may edit, propose it to one they may not. Marketing hands off to Sales at MQL → SQL; Sales holds new revenue.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ScorecardSettlesHandoffsTest {

    private static final String PASSWORD = "scorecard-settle-password";
    private static final String PERIOD = "2026-Q4";

    private long marketing;
    private long sales;
    private String marketingName;
    private String salesName;
    private String marketingSession;
    private String salesSession;

    @BeforeEach
    void marketingHandsOffToSalesWhoHoldsNewRevenue() {
        String mia = SignIns.create("mia", "TEAM_LEAD", PASSWORD);
        String sam = SignIns.create("sam", "TEAM_LEAD", PASSWORD);
        marketingName = Names.unique("Marketing");
        salesName = Names.unique("Sales");
        marketing = Api.createTeam(AdminApi.admin(), marketingName, "MARKETING", SignIns.personOf(mia));
        sales = Api.createTeam(AdminApi.admin(), salesName, "SALES", SignIns.personOf(sam));
        AdminApi.funnel(Names.unique("Main"), "mql", marketing, "sql", sales);
        AdminApi.target(sales, "new_revenue", PERIOD, "AT_LEAST", 150_000, SignIns.personOf(sam));
        marketingSession = SignIns.formSession(mia, PASSWORD);
        salesSession = SignIns.formSession(sam, PASSWORD);
    }

    private static String scorecard(String session) {
        return given().cookie("baton_session", session)
                .queryParam("period", PERIOD)
                .get("/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The reader's action of one kind on one team and metric, or null when the scorecard offers none. */
    private static String action(String page, String kind, long team, String metric) {
        Matcher m = Pattern.compile(
                        "<li data-settle=\"" + kind + "\" data-team=\"" + team + "\">(.*?)</li>", Pattern.DOTALL)
                .matcher(page);
        while (m.find()) {
            if (m.group(1).contains("name=\"metric\" value=\"" + metric + "\"")
                    || m.group(1).contains("metric=" + metric)) {
                return m.group(1);
            }
        }
        return null;
    }

    @Test
    void aLeadAdoptsOnTheirOwnTeamAndProposesToTheOtherWhereTheyMayNotEdit() {
        String page = scorecard(marketingSession);

        // Sales holds new revenue: Marketing's lead adopts it with Sales' bar, in one click.
        assertThat(action(page, "ADOPT", marketing, "new_revenue"))
                .contains("href=\"/targets?team=" + marketing + "&amp;")
                .contains("value=150000")
                .contains("Adopt for " + marketingName + " with " + salesName + "&#39;s bar");
        // Nobody holds the MQL → SQL conversion: adopt it here, propose it to Sales on a prefilled form.
        assertThat(action(page, "ADOPT_FORM", marketing, "stage_conversion_rate"))
                .contains("/targets?team=" + marketing);
        assertThat(action(page, "PROPOSE_FORM", sales, "stage_conversion_rate"))
                .contains("/proposals?toTeam=" + sales)
                .contains("scopeFrom=mql&amp;scopeTo=sql")
                .contains("Propose to " + salesName);
        assertThat(action(page, "ADOPT", sales, "stage_conversion_rate")).isNull();
        assertThat(action(page, "ADOPT_FORM", sales, "stage_conversion_rate")).isNull();
        assertThat(action(page, "PROPOSE", sales, "new_revenue")).isNull();
    }

    @Test
    void theOtherLeadProposesTheBarTheyHoldAndSeesItWaiting() {
        String page = scorecard(salesSession);

        String propose = action(page, "PROPOSE", marketing, "new_revenue");
        assertThat(propose)
                .contains("href=\"/proposals?toTeam=" + marketing + "&amp;")
                .contains("value=150000")
                .contains("Propose to " + marketingName);
        assertThat(action(page, "ADOPT", marketing, "new_revenue")).isNull();

        SignIns.formPost(salesSession)
                .formParam("toTeam", marketing)
                .formParam("metric", "new_revenue")
                .formParam("period", PERIOD)
                .formParam("type", "AT_LEAST")
                .formParam("value", "150000")
                .post("/proposals")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/proposals?done=made"));

        assertThat(scorecard(marketingSession)).contains("proposed by " + salesName + ", waiting for " + marketingName);
    }

    @Test
    void anAdminMayEditBothTeamsAndIsOfferedNoProposal() {
        String session = SignIns.formSession(SignIns.ADMIN, SignIns.ADMIN_PASSWORD);
        String page = scorecard(session);

        assertThat(action(page, "ADOPT", marketing, "new_revenue")).isNotNull();
        assertThat(action(page, "ADOPT_FORM", sales, "stage_conversion_rate")).isNotNull();
        assertThat(action(page, "PROPOSE_FORM", sales, "stage_conversion_rate")).isNull();
        assertThat(action(page, "PROPOSE", marketing, "new_revenue")).isNull();
    }

    @Test
    void anExecutiveIsOfferedNeitherAdoptNorPropose() {
        String eve = SignIns.create("eve", "EXECUTIVE", PASSWORD);
        String page = scorecard(SignIns.formSession(eve, PASSWORD));

        assertThat(page)
                .doesNotContain("data-team=\"" + marketing + "\">")
                .doesNotContain("data-team=\"" + sales + "\">");
    }

    @Test
    void theProposeLinkOpensTheFormPrefilled() {
        String form = given().cookie("baton_session", marketingSession)
                .queryParam("toTeam", sales)
                .queryParam("metric", "stage_conversion_rate")
                .queryParam("scopeFrom", "mql")
                .queryParam("scopeTo", "sql")
                .queryParam("period", PERIOD)
                .get("/proposals")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(form)
                .contains("<option value=\"" + sales + "\" selected>")
                .contains("name=\"metric\" type=\"text\" value=\"stage_conversion_rate\"")
                .contains("name=\"scopeFrom\" type=\"text\" value=\"mql\"")
                .contains("name=\"period\" type=\"text\" placeholder=\"2026-Q4\" value=\"" + PERIOD + "\"");
    }

    @Test
    void adoptingFromTheScorecardCoversTheHandoff() {
        String adopt = action(scorecard(marketingSession), "ADOPT", marketing, "new_revenue");
        assertThat(adopt).isNotNull();
        // The link opens Marketing's editor with the metric and Sales' bar filled in.
        String href = adopt.replaceAll("(?s).*href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        String editor = given().cookie("baton_session", marketingSession)
                .get(href.substring(0, href.indexOf('#')))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(editor)
                .contains("<option value=\"new_revenue\" selected>")
                .contains("id=\"target-value\" name=\"value\" type=\"text\" inputmode=\"decimal\" value=\"150000\"");

        SignIns.formPost(marketingSession)
                .formParam("team", marketing)
                .formParam("viewPeriod", PERIOD)
                .formParam("metric", "new_revenue")
                .formParam("scopeFrom", "")
                .formParam("scopeTo", "")
                .formParam("type", "AT_LEAST")
                .formParam("value", "150000")
                .post("/targets/adopt")
                .then()
                .statusCode(303);

        String page = scorecard(marketingSession);
        assertThat(action(page, "PROPOSE_FORM", sales, "stage_conversion_rate")).isNull();
        assertThat(page).doesNotContain("data-team=\"" + marketing + "\">");
    }
}
