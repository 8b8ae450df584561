package dev.baton.adapters.rest.shared;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The parts of the OpenAPI document that belong to the API as a whole, and the errors of each operation.
 *
 * <p>As a whole: its title and contract version, a {@code servers} entry, the {@link Problem} schema, and both
 * sign-in schemes (a bearer token or HTTP Basic, either one) as the document's security, since every operation needs a
 * sign-in. (An {@code @OpenAPIDefinition} in this library jar is not read by Quarkus, so they are set here.)
 *
 * <p>Errors: describes the errors of every operation the way {@link Problems} answers them: as {@code application/problem+json}
 * with the {@link Problem} schema. The resources name the errors that depend on what an operation does (a 409 where a
 * stale version is refused); this filter adds the ones that follow from its shape, so no operation can forget them:
 *
 * <ul>
 *   <li>401, 403 and 429 everywhere, since every operation needs a sign-in with a role;
 *   <li>400 (not JSON, or a value of the wrong type) and 413 (over the 10 MB limit) where there is a body;
 *   <li>404 where a path names a resource;
 *   <li>422 where a body or a query parameter is checked;
 *   <li>503 everywhere, while the database is unreachable.
 * </ul>
 *
 * Any 4xx or 5xx response that a resource declared without a body gets the problem body too, except 413: the HTTP
 * server answers it from the announced length before any of Baton's code runs, so it has no body ({@link #BODILESS}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public final class ApiContractFilter implements OASFilter {

    static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "The body is not valid JSON, or a value has the wrong type; `errors` names the field",
            "401", "No sign-in, or the token or password is wrong, expired or revoked",
            "403", "The signed-in person's role or team does not allow this",
            "404", "Nothing with this id or key exists",
            "409", "Refused: the resource changed since the version sent, or its state does not allow this",
            "413", "The body is larger than the 10 MB limit; the HTTP server refuses it from its length, with no body",
            "422", "Invalid input; `errors` holds a message for each field that is wrong",
            "429", "Too many failed sign-ins from this client; try again after `Retry-After` seconds",
            "503", "The database cannot be reached; try again after `Retry-After` seconds");

    /** Errors answered before Baton's code runs, which therefore carry no problem document. */
    public static final java.util.Set<String> BODILESS = java.util.Set.of("413");

    /** The contract's version: raise it when a change breaks a client generated from an earlier document. */
    public static final String VERSION = "1.0.0";

    public static final String BEARER = "bearerToken";
    public static final String BASIC = "basicAuth";
    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setInfo(OASFactory.createInfo()
                .title("Baton API")
                .version(VERSION)
                .description("Shared KPIs across marketing, sales, product and customer success. Every error is"
                        + " application/problem+json."));
        openAPI.setServers(List.of(OASFactory.createServer()
                .url("http://localhost:8080")
                .description("A Baton started as the README says; point a client at your own instance")));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(
                        BEARER,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A personal access token, sent as Authorization: Bearer <token>: the"
                                        + " sign-in for scripts and integrations"))
                .addSecurityScheme(
                        BASIC,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("Username and password, for people at a terminal"))
                .addSchema(FIELD_PROBLEM, fieldProblemSchema())
                .addSchema(PROBLEM, problemSchema());
        openAPI.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(BASIC)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach((method, operation) -> describeErrors(item, method, operation)));
    }

    private static void describeErrors(PathItem item, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean body = operation.getRequestBody() != null;
        boolean pathParameter = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean queryParameter = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);

        Map<String, Boolean> applies = new LinkedHashMap<>();
        applies.put("400", body);
        applies.put("401", true);
        applies.put("403", true);
        applies.put("404", pathParameter);
        applies.put("413", body);
        applies.put("422", body || queryParameter);
        applies.put("429", true);
        applies.put("503", true);
        applies.forEach((code, yes) -> {
            if (yes && !responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse());
            }
        });

        new LinkedHashMap<>(responses.getAPIResponses()).forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(code, response);
            }
            if (code.equals("201")
                    && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
                response.addHeader(
                        "Location", header("Where the created resource is read from", Schema.SchemaType.STRING));
            }
        });
    }

    private static void asProblem(String code, APIResponse response) {
        if (BODILESS.contains(code)) {
            response.setDescription(DESCRIPTIONS.get(code));
            response.setContent(null);
            return;
        }
        if (response.getDescription() == null
                || response.getDescription().isBlank()
                || isQuarkusDefault(response.getDescription())) {
            response.setDescription(DESCRIPTIONS.getOrDefault(code, "The request failed"));
        }
        Content content = response.getContent();
        if (content == null
                || content.getMediaTypes() == null
                || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent()
                    .addMediaType(
                            Problem.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
        if ((code.equals("429") || code.equals("503"))
                && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeader("Retry-After", header("Seconds to wait before trying again", Schema.SchemaType.INTEGER));
        }
    }

    /** {@link Problem} as a schema: RFC 9457's members and Baton's field errors. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document, with the field errors that caused it")
                .addProperty("type", text("A URI naming the kind of problem; about:blank for now"))
                .addProperty("title", text("A short summary of the kind of problem"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status code"))
                .addProperty("detail", text("What went wrong, in the language of Accept-Language"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_PROBLEM))
                                .description("One entry per field that is wrong; absent when no field is to blame"))
                .required(List.of("title", "status"));
    }

    private static Schema fieldProblemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text("The path of the field, e.g. targets[3].threshold.min"))
                .addProperty("message", text("What is wrong with it"))
                .required(List.of("field", "message"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static boolean isQuarkusDefault(String description) {
        return List.of("Bad Request", "Not Authorized", "Not Allowed").contains(description);
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(type));
    }
}
