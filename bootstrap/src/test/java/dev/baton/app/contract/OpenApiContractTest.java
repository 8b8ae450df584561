package dev.baton.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The API's contract, {@code docs/openapi.yaml}, is a valid OpenAPI document that a client can be generated from:
 * swagger-parser reads it without a message, and {@link ContractLint} finds nothing. That the file is what the
 * application serves is {@link OpenApiDocumentInSyncTest}'s part.
 */
class OpenApiContractTest {

    static final Path DOCUMENT = Path.of("..", "docs", "openapi.yaml");

    @Test
    void theContractParsesWithoutAnErrorOrWarning() throws IOException {
        SwaggerParseResult result = parse(Files.readString(DOCUMENT));

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void theContractBreaksNoneOfBatonsOwnRules() throws IOException {
        assertThat(ContractLint.problems(parse(Files.readString(DOCUMENT)).getOpenAPI()))
                .isEmpty();
    }

    @Test
    void aDocumentWithoutIdsSchemesOrProblemBodiesBreaksEveryRule() {
        String broken =
                """
                openapi: 3.1.0
                info: {title: Broken, version: "1"}
                paths:
                  /a:
                    get:
                      responses:
                        "200": {description: OK}
                        "404":
                          description: Not found
                          content:
                            application/json: {schema: {type: object}}
                  /b:
                    get:
                      operationId: Read_B
                      responses:
                        "422": {description: Invalid}
                    post:
                      operationId: Read_B
                      responses:
                        "201": {description: Created}
                """;

        assertThat(ContractLint.problems(parse(broken).getOpenAPI()))
                .containsExactlyInAnyOrder(
                        "The document has no servers entry.",
                        "The document declares no HTTP bearer security scheme.",
                        "The document declares no HTTP basic security scheme.",
                        "The document's security does not offer every declared scheme: [] of [].",
                        "GET /a has no operationId.",
                        "GET /a answers 404 as [application/json], not application/problem+json.",
                        "GET /b has the operationId 'Read_B', which is not lowerCamelCase.",
                        "GET /b has no success response.",
                        "GET /b answers 422 as [], not application/problem+json.",
                        "POST /b has the operationId 'Read_B', which is not lowerCamelCase.",
                        "POST /b has the operationId 'Read_B' of GET /b.");
    }

    @Test
    void aWellFormedDocumentPassesTheRules() {
        String good =
                """
                openapi: 3.1.0
                info: {title: Good, version: "1"}
                servers: [{url: "http://localhost:8080"}]
                security: [{bearerToken: []}, {basicAuth: []}]
                components:
                  securitySchemes:
                    bearerToken: {type: http, scheme: bearer}
                    basicAuth: {type: http, scheme: basic}
                  schemas:
                    Problem: {type: object}
                paths:
                  /a:
                    get:
                      operationId: readA
                      responses:
                        "200": {description: OK}
                        "404":
                          description: Not found
                          content:
                            application/problem+json: {schema: {$ref: "#/components/schemas/Problem"}}
                """;

        assertThat(ContractLint.problems(parse(good).getOpenAPI())).isEmpty();
    }

    static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(document, null, options);
    }
}
