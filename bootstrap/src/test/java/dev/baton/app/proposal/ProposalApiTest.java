package dev.baton.app.proposal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.baton.app.support.AdminApi;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proposals between teams through the API: Marketing proposes, Sales decides, Product looks on. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ProposalApiTest {

    private static final String PASSWORD = "proposal-long-password";

    private long marketing;
    private long sales;
    private long salesOwner;
    private String marketingLead;
    private String salesLead;
    private String productLead;

    @BeforeEach
    void threeTeamsWithALeadEach() {
        long mia = AdminApi.person("Mia Marketing", "TEAM_LEAD");
        long sam = AdminApi.person("Sam Sales", "TEAM_LEAD");
        long pat = AdminApi.person("Pat Product", "TEAM_LEAD");
        marketing = AdminApi.team("Marketing", "MARKETING", mia);
        sales = AdminApi.team("Sales", "SALES", sam);
        AdminApi.team("Product", "PRODUCT", pat);
        salesOwner = sam;
        marketingLead = AdminApi.signIn(mia, "mia", PASSWORD);
        salesLead = AdminApi.signIn(sam, "sam", PASSWORD);
        productLead = AdminApi.signIn(pat, "pat", PASSWORD);
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON);
    }

    private Map<String, Object> revenue(long toTeam, int bar) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toTeam", toTeam);
        body.put("metric", "new_revenue");
        body.put("period", "2026-Q4");
        body.put("threshold", Map.of("type", "AT_LEAST", "value", bar));
        body.put("note", "share new revenue with us at MQL → SQL");
        return body;
    }

    private String propose(int bar) {
        return as(marketingLead)
                .body(revenue(sales, bar))
                .post("/api/proposals")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("fromTeam", equalTo((int) marketing))
                .extract()
                .jsonPath()
                .getString("id");
    }

    private List<Map<String, Object>> salesTargets() {
        return AdminApi.admin()
                .queryParam("team", sales)
                .queryParam("period", "2026-Q4")
                .get("/api/targets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    @Test
    void anAcceptedProposalWritesTheReceivingTeamsTarget() {
        String id = propose(150_000);
        as(salesLead)
                .post("/api/proposals/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("proposal.status", equalTo("ACCEPTED"))
                .body("target.metric", equalTo("new_revenue"))
                .body("target.threshold.value", equalTo(150000))
                .body("target.ownerId", equalTo((int) salesOwner));
        assertThat(salesTargets()).hasSize(1);
        as(marketingLead)
                .queryParam("team", marketing)
                .queryParam("status", "ACCEPTED")
                .get("/api/proposals")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
        AdminApi.admin()
                .queryParam("entityType", "proposal")
                .queryParam("entityId", id)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("accept"));
    }

    @Test
    void aDeclinedProposalWritesNothing() {
        String id = propose(150_000);
        as(salesLead)
                .body(Map.of("note", "our bar is pipeline this quarter"))
                .post("/api/proposals/" + id + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("decisionNote", equalTo("our bar is pipeline this quarter"));
        assertThat(salesTargets()).isEmpty();
        as(salesLead).post("/api/proposals/" + id + "/accept").then().statusCode(409);
    }

    @Test
    void aThirdTeamsLeadMayNotDecide() {
        String id = propose(150_000);
        as(productLead).post("/api/proposals/" + id + "/accept").then().statusCode(403);
        as(productLead)
                .body(Map.of())
                .post("/api/proposals/" + id + "/decline")
                .then()
                .statusCode(403);
        as(productLead).post("/api/proposals/" + id + "/withdraw").then().statusCode(403);
        assertThat(salesTargets()).isEmpty();
    }

    @Test
    void anAcceptAfterTheTargetChangedIsAConflictShowingTheCurrentTarget() {
        AdminApi.target(sales, "new_revenue", "2026-Q4", "AT_LEAST", 100_000, salesOwner);
        String id = propose(150_000);
        Map<String, Object> current = salesTargets().get(0);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("metric", "new_revenue");
        change.put("period", "2026-Q4");
        change.put("threshold", Map.of("type", "AT_LEAST", "value", 120_000));
        change.put("ownerId", salesOwner);
        change.put("version", current.get("version"));
        as(salesLead)
                .body(change)
                .put("/api/targets/" + current.get("id"))
                .then()
                .statusCode(200);

        as(salesLead)
                .post("/api/proposals/" + id + "/accept")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("proposal.status", equalTo("SUPERSEDED"))
                .body("target.threshold.value", equalTo(120000));
        assertThat(salesTargets()).hasSize(1);
        as(salesLead)
                .queryParam("team", sales)
                .queryParam("status", "SUPERSEDED")
                .get("/api/proposals")
                .then()
                .body("id", hasItem(id));
    }

    @Test
    void ofTwoSimultaneousAcceptsOneWins() throws Exception {
        String id = propose(150_000);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            // The receiving team's lead and an admin press Accept at the same moment.
            for (Supplier<RequestSpecification> caller :
                    List.<Supplier<RequestSpecification>>of(() -> as(salesLead), AdminApi::admin)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return caller.get().post("/api/proposals/" + id + "/accept").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(salesTargets()).hasSize(1);
    }

    @Test
    void proposingToOnesOwnTeamIsRefusedAsSetItDirectly() {
        JsonPath problem = as(marketingLead)
                .body(revenue(marketing, 1))
                .post("/api/proposals")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(problem.getList("errors.field")).containsExactly("toTeam");
        assertThat(problem.getString("detail")).contains("set the target directly");
    }

    @Test
    void anIncompleteProposalNamesEveryMissingField() {
        JsonPath problem = as(marketingLead)
                .body(Map.of("metric", "new_revenue"))
                .post("/api/proposals")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(problem.getList("errors.field", String.class)).contains("toTeam", "period", "threshold.type");
    }

    @Test
    void onlyTheProposerWithdrawsAnOpenProposal() {
        String id = propose(150_000);
        as(salesLead).post("/api/proposals/" + id + "/withdraw").then().statusCode(403);
        as(marketingLead)
                .post("/api/proposals/" + id + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(marketingLead).post("/api/proposals/" + id + "/withdraw").then().statusCode(409);
    }

    @Test
    void anExecutiveReadsProposalsButMayNotMakeThem() {
        long exec = AdminApi.person("Eve Exec", "EXECUTIVE");
        String eve = AdminApi.signIn(exec, "eve", PASSWORD);
        as(eve).get("/api/proposals").then().statusCode(200);
        as(eve).body(revenue(sales, 1)).post("/api/proposals").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().get("/api/proposals").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(revenue(sales, 1))
                .post("/api/proposals")
                .then()
                .statusCode(401);
    }
}
