package dev.baton.app.contract;

import dev.baton.adapters.rest.shared.ApiContractFilter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Baton's own rules for its API contract, beyond what the OpenAPI specification demands: what a client generated from
 * the document needs to be usable and stable. Each problem is one sentence naming the operation.
 */
final class ContractLint {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private ContractLint() {}

    static List<String> problems(OpenAPI api) {
        List<String> problems = new ArrayList<>();
        // swagger-parser stands in a server "/" for a document that has none.
        if (api.getServers() == null
                || api.getServers().isEmpty()
                || api.getServers().stream().allMatch(server -> "/".equals(server.getUrl()))) {
            problems.add("The document has no servers entry.");
        }
        schemes(api, problems);
        Map<String, String> ids = new HashMap<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String name = method + " " + path;
                operationId(name, operation, ids, problems);
                responses(name, operation, problems);
            }));
        }
        return problems;
    }

    private static void schemes(OpenAPI api, List<String> problems) {
        Map<String, SecurityScheme> schemes =
                api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
                        ? Map.of()
                        : api.getComponents().getSecuritySchemes();
        Set<String> httpSchemes = schemes.values().stream()
                .filter(s -> s.getType() == SecurityScheme.Type.HTTP && s.getScheme() != null)
                .map(s -> s.getScheme().toLowerCase())
                .collect(Collectors.toSet());
        for (String wanted : List.of("bearer", "basic")) {
            if (!httpSchemes.contains(wanted)) {
                problems.add("The document declares no HTTP " + wanted + " security scheme.");
            }
        }
        Set<String> required = api.getSecurity() == null
                ? Set.of()
                : api.getSecurity().stream()
                        .map(SecurityRequirement::keySet)
                        .flatMap(Set::stream)
                        .collect(Collectors.toSet());
        if (!required.containsAll(schemes.keySet()) || required.isEmpty()) {
            problems.add("The document's security does not offer every declared scheme: " + required + " of "
                    + schemes.keySet() + ".");
        }
    }

    private static void operationId(String name, Operation operation, Map<String, String> ids, List<String> problems) {
        String id = operation.getOperationId();
        if (id == null || id.isBlank()) {
            problems.add(name + " has no operationId.");
            return;
        }
        if (!OPERATION_ID.matcher(id).matches()) {
            problems.add(name + " has the operationId '" + id + "', which is not lowerCamelCase.");
        }
        String other = ids.putIfAbsent(id, name);
        if (other != null) {
            problems.add(name + " has the operationId '" + id + "' of " + other + ".");
        }
    }

    private static void responses(String name, Operation operation, List<String> problems) {
        Map<String, ApiResponse> responses = operation.getResponses() == null ? Map.of() : operation.getResponses();
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            problems.add(name + " has no success response.");
        }
        responses.forEach((code, response) -> {
            if (!code.startsWith("4")) {
                return;
            }
            if (ApiContractFilter.BODILESS.contains(code)) {
                if (response.getContent() != null && !response.getContent().isEmpty()) {
                    problems.add(name + " promises a body with " + code + ", which the HTTP server answers bare.");
                }
                return;
            }
            Map<String, MediaType> content = response.getContent() == null ? Map.of() : response.getContent();
            if (!content.keySet().equals(Set.of(PROBLEM_JSON))) {
                problems.add(name + " answers " + code + " as " + content.keySet() + ", not " + PROBLEM_JSON + ".");
            } else if (content.get(PROBLEM_JSON).getSchema() == null
                    || content.get(PROBLEM_JSON).getSchema().get$ref() == null) {
                problems.add(name + " answers " + code + " without a problem schema.");
            }
        });
    }
}
