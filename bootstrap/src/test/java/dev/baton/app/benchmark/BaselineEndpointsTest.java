package dev.baton.app.benchmark;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark baselines, as the bench profile serves them. */
@QuarkusTest
@TestProfile(BaselineEndpointsTest.Bench.class)
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "exec", roles = "EXECUTIVE")
class BaselineEndpointsTest {

    public static class Bench implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("baton.benchmark-endpoints", "true");
        }
    }

    @Test
    void theFortunesPageListsEveryRowPlusOneSortedAndEscaped() {
        String page =
                given().get("/bench/fortunes").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page.split("<tr><td>")).hasSize(14);
        org.assertj.core.api.Assertions.assertThat(page.indexOf("A bad random number"))
                .isLessThan(page.indexOf("Additional fortune added at request time."));
        given().get("/bench/fortunes")
                .then()
                .body(containsString("&lt;script&gt;"), not(containsString("<script>alert")));
    }

    @Test
    void theConstantJsonIsConstant() {
        given().get("/api/bench/constant").then().statusCode(200).body("message", equalTo("Hello, World!"));
    }
}
