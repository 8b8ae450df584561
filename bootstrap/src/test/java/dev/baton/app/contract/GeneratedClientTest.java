package dev.baton.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.app.support.SignIns;
import dev.baton.client.ApiClient;
import dev.baton.client.api.ApiTokensApi;
import dev.baton.client.api.MeasuresApi;
import dev.baton.client.api.PeopleApi;
import dev.baton.client.api.ScorecardApi;
import dev.baton.client.api.TargetsApi;
import dev.baton.client.api.TeamsApi;
import dev.baton.client.model.KpiResponse;
import dev.baton.client.model.MeasuresResponse;
import dev.baton.client.model.PersonRequest;
import dev.baton.client.model.ScorecardResponse;
import dev.baton.client.model.ScorecardTeam;
import dev.baton.client.model.TargetRequest;
import dev.baton.client.model.TargetResponse;
import dev.baton.client.model.TeamRequest;
import dev.baton.client.model.ThresholdRequest;
import dev.baton.client.model.TokenRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated from {@code docs/openapi.yaml} by openapi-generator (see bootstrap's pom), used the way a
 * customer's integration would: sign in with an API token, create a team, set its target, record the measure and read the scorecard.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class GeneratedClientTest {

    private static final String PERIOD = "4077-03";

    @TestHTTPResource("/")
    URI baton;

    @Test
    void aGeneratedClientCreatesATeamSetsATargetRecordsAMeasureAndReadsTheScorecard() throws Exception {
        // A person at a terminal makes a token once with their password; the integration then signs in with it.
        String token = new ApiTokensApi(client(basic(SignIns.ADMIN, SignIns.ADMIN_PASSWORD)))
                .createApiToken(new TokenRequest().name(Names.unique("generated client")))
                .getToken();
        ApiClient client = client(bearer(token));

        long owner = new PeopleApi(client)
                .createPerson(new PersonRequest()
                        .name("Client Owner")
                        .email(Names.email("client"))
                        .roles(List.of("TEAM_LEAD")))
                .getId();
        long team = new TeamsApi(client)
                .createTeam(new TeamRequest()
                        .name(Names.unique("Generated Client Marketing"))
                        .kind("MARKETING")
                        .ownerId(owner))
                .getId();
        TargetResponse target = new TargetsApi(client)
                .setTarget(new TargetRequest()
                        .team(team)
                        .metric("lead_count")
                        .period(PERIOD)
                        .threshold(new ThresholdRequest().type("AT_LEAST").value(new BigDecimal("1000")))
                        .ownerId(owner));
        MeasuresApi measures = new MeasuresApi(client);
        MeasuresResponse sheet = measures.getMeasures(PERIOD, null);
        measures.recordMeasures(
                PERIOD, Map.of("leads", new BigDecimal("1200")), null, "\"" + sheet.getVersion() + "\"");

        ScorecardResponse scorecard = new ScorecardApi(client).getScorecard(PERIOD);

        ScorecardTeam ours = scorecard.getTeams().stream()
                .filter(t -> t.getId() == team)
                .findFirst()
                .orElseThrow();
        KpiResponse leads = ours.getKpis().stream()
                .filter(kpi -> kpi.getTargetId().equals(target.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(leads.getMetric()).isEqualTo("lead_count");
        assertThat(leads.getActual()).isEqualByComparingTo("1200");
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baton.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
