package dev.baton.app.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi.yaml} is the contract clients are generated from, the build's own client included. It must be
 * exactly what the application serves at {@code /q/openapi}: a change to the API that is not in the file fails here.
 *
 * <p>The file is checked in, rather than written by the build, because the client is generated and compiled before
 * any test or packaging could write it, and because a change to the contract should show up in review as a diff.
 * After an intended change, rewrite it with {@code -Dbaton.openapi.write=true} (see {@link #REWRITE}).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class OpenApiDocumentInSyncTest {

    static final String REWRITE = "./mvnw -B -q -pl bootstrap -am verify -Dtest=OpenApiDocumentInSyncTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dbaton.openapi.write=true";

    @Test
    void theCheckedInContractIsTheDocumentTheApplicationServes() throws IOException {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("baton.openapi.write")) {
            Files.writeString(OpenApiContractTest.DOCUMENT, served);
        }
        JsonNode checkedIn = Yaml.mapper().readTree(Files.readString(OpenApiContractTest.DOCUMENT));

        assertThat(Yaml.mapper().readTree(served))
                .as(
                        "%s differs from /q/openapi; if the API change is intended, rewrite it with%n  %s%nand review the diff",
                        OpenApiContractTest.DOCUMENT, REWRITE)
                .isEqualTo(checkedIn);
    }
}
