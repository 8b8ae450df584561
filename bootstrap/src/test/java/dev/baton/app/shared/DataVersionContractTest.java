package dev.baton.app.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.app.support.Api;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import dev.baton.application.shared.port.DataVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The data version against PostgreSQL: reading leaves it alone, any commit moves it. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class DataVersionContractTest {

    @Inject
    DataVersion version;

    private String now() {
        return QuarkusTransaction.requiringNew().call(version::current);
    }

    @Test
    void readingDoesNotChangeTheVersion() {
        String before = now();
        given().get("/api/teams").then().statusCode(200);
        given().get("/scorecard").then().statusCode(200);

        assertThat(now()).isEqualTo(before);
    }

    @Test
    void aCommittedChangeGivesANewVersion() {
        String before = now();
        Api.createPerson(Names.unique("Version Person"), "EXECUTIVE");

        assertThat(now()).isNotEqualTo(before);
    }
}
