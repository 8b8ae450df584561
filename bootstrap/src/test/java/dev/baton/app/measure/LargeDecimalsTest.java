package dev.baton.app.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The largest decimals JSON can carry, recorded as measures: kept exactly when they fit the ledger, refused under
 * their key when they do not, never a server error. Periods far beyond what other tests record, organisation-wide.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class LargeDecimalsTest {

    @Test
    void aValueWithMoreDigitsThanADoubleHoldsIsRecordedExactly() {
        given().contentType(ContentType.JSON)
                .body("{\"revenue\": 12345678901234567.89}")
                .put("/api/measures/4999-03")
                .then()
                .statusCode(200);
        given().get("/api/measures/4999-03")
                .then()
                .statusCode(200)
                .body(containsString("\"revenue\":12345678901234567.89"));
    }

    @Test
    void aValueBeyondAnyDoubleIsRefusedUnderItsKey() {
        given().contentType(ContentType.JSON)
                .body("{\"orders\": 1e400}")
                .put("/api/measures/4999-04")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("orders"))
                .body("errors.message", hasItem(containsString("digits before the decimal point")));
    }
}
