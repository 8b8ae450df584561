package dev.baton.app.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Metrics in Prometheus format on the management interface only, with the scorecard reuse's hits and misses. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class MetricsTest {

    /** {@code /q/metrics} on the management interface, whose root ({@code /q}) the path is relative to. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private String scrape() {
        assertThat(metrics.getPath()).isEqualTo("/q/metrics");
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    private static double counter(String scrape, String result) {
        Matcher line = Pattern.compile(
                        "(?m)^baton_scorecard_cache_gets_total\\{[^}]*result=\"" + result + "\"[^}]*} ([0-9.eE+-]+)$")
                .matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void readingAScorecardTwiceCountsAMissThenAHit() {
        String before = scrape();
        String period = "2041-07";
        given().get("/api/scorecard?period=" + period).then().statusCode(200);
        given().get("/api/scorecard?period=" + period).then().statusCode(200);

        String after = scrape();
        assertThat(after).contains("# TYPE baton_scorecard_cache_gets counter");
        assertThat(counter(after, "miss")).isGreaterThanOrEqualTo(counter(before, "miss") + 1);
        assertThat(counter(after, "hit")).isGreaterThanOrEqualTo(counter(before, "hit") + 1);
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void theScrapeHasHttpRequestsWithTheirLatencyAndTheConnectionPool() {
        given().get("/api/scorecard?period=2035-10").then().statusCode(200);
        assertThat(scrape())
                .contains("http_server_requests_seconds_count{")
                .contains("http_server_requests_seconds_sum{")
                .contains("uri=\"/api/scorecard\"")
                .contains("agroal_active_count")
                .contains("agroal_available_count");
    }

    @Test
    void theApplicationPortDoesNotServeMetricsToAnyone() {
        given().redirects().follow(false).get("/q/metrics").then().statusCode(404);
        given().auth()
                .preemptive()
                .basic("admin", "test-admin-secret")
                .get("/q/metrics")
                .then()
                .statusCode(404);
    }

    @Test
    void healthStaysOnTheApplicationPort() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
