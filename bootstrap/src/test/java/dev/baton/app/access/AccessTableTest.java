package dev.baton.app.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.SignIns;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The table of who may do what, checked for every operation of the OpenAPI document and every page route. An
 * endpoint missing from the table fails the build, so nobody can add one without deciding who may use it.
 *
 * <p>The walk checks the gate: who is turned away (401, 403) and who gets through. Whether the allowed call then
 * succeeds with a real body is each endpoint's own test.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class AccessTableTest {

    enum Rule {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Every signed-in role. */
        READ,
        /** Admins, and team leads for their own teams (which the use cases decide). */
        TEAM_EDIT,
        /** Admins only. */
        ADMIN
    }

    static final Map<String, Rule> API = Map.ofEntries(
            Map.entry("GET /api/teams", Rule.READ),
            Map.entry("POST /api/teams", Rule.ADMIN),
            Map.entry("GET /api/teams/{id}", Rule.READ),
            Map.entry("PUT /api/teams/{id}", Rule.ADMIN),
            Map.entry("POST /api/teams/{id}/members", Rule.ADMIN),
            Map.entry("DELETE /api/teams/{id}/members/{personId}", Rule.ADMIN),
            Map.entry("POST /api/teams/{id}/archive", Rule.ADMIN),
            Map.entry("GET /api/people", Rule.READ),
            Map.entry("POST /api/people", Rule.ADMIN),
            Map.entry("GET /api/people/{id}", Rule.READ),
            Map.entry("PUT /api/people/{id}", Rule.ADMIN),
            Map.entry("PUT /api/people/{id}/account", Rule.ADMIN),
            Map.entry("GET /api/audit", Rule.READ),
            Map.entry("GET /api/notifications/outbox", Rule.ADMIN),
            Map.entry("POST /api/notifications/digest", Rule.ADMIN),
            Map.entry("GET /api/metrics", Rule.READ),
            Map.entry("POST /api/metrics", Rule.ADMIN),
            Map.entry("GET /api/metrics/{key}", Rule.READ),
            Map.entry("POST /api/metrics/{key}/evaluate", Rule.READ),
            Map.entry("GET /api/funnels", Rule.READ),
            Map.entry("POST /api/funnels", Rule.ADMIN),
            Map.entry("GET /api/funnels/{id}", Rule.READ),
            Map.entry("PUT /api/funnels/{id}", Rule.ADMIN),
            Map.entry("GET /api/funnels/{id}/crm-mapping", Rule.READ),
            Map.entry("PUT /api/funnels/{id}/crm-mapping", Rule.ADMIN),
            Map.entry("GET /api/targets", Rule.READ),
            Map.entry("POST /api/targets", Rule.TEAM_EDIT),
            Map.entry("GET /api/targets/{id}", Rule.READ),
            Map.entry("PUT /api/targets/{id}", Rule.TEAM_EDIT),
            Map.entry("DELETE /api/targets/{id}", Rule.TEAM_EDIT),
            Map.entry("POST /api/targets/copy", Rule.TEAM_EDIT),
            Map.entry("GET /api/alignment", Rule.READ),
            Map.entry("GET /api/alignment/history", Rule.READ),
            Map.entry("POST /api/alignment/what-if", Rule.READ),
            Map.entry("POST /api/alignment/evaluate", Rule.READ),
            Map.entry("POST /api/plans/waterfall", Rule.READ),
            Map.entry("POST /api/plans/waterfall/adopt", Rule.TEAM_EDIT),
            Map.entry("GET /api/measures/{period}", Rule.READ),
            Map.entry("PUT /api/measures/{period}", Rule.TEAM_EDIT),
            Map.entry("POST /api/measures/import", Rule.TEAM_EDIT),
            Map.entry("POST /api/measures/import/crm", Rule.TEAM_EDIT),
            Map.entry("GET /api/measures/export", Rule.READ),
            Map.entry("GET /api/scorecard", Rule.READ),
            Map.entry("GET /api/proposals", Rule.READ),
            Map.entry("POST /api/proposals", Rule.TEAM_EDIT),
            Map.entry("POST /api/proposals/{id}/accept", Rule.TEAM_EDIT),
            Map.entry("POST /api/proposals/{id}/decline", Rule.TEAM_EDIT),
            Map.entry("POST /api/proposals/{id}/withdraw", Rule.TEAM_EDIT),
            // A target's accountable owner may hold any role, so every reader passes the gate: the use case decides.
            Map.entry("GET /api/targets/{id}/check-ins", Rule.READ),
            Map.entry("POST /api/targets/{id}/check-ins", Rule.READ),
            Map.entry("PUT /api/targets/{id}/check-ins/{checkInId}", Rule.READ),
            Map.entry("GET /api/tokens", Rule.READ),
            Map.entry("POST /api/tokens", Rule.READ),
            Map.entry("DELETE /api/tokens/{id}", Rule.READ),
            Map.entry("GET /api/me/preferences", Rule.READ),
            Map.entry("PUT /api/me/preferences", Rule.READ),
            Map.entry("GET /api/notifications/webhooks", Rule.ADMIN),
            Map.entry("PUT /api/notifications/webhooks/company", Rule.ADMIN),
            Map.entry("DELETE /api/notifications/webhooks/company", Rule.ADMIN),
            Map.entry("PUT /api/notifications/webhooks/teams/{id}", Rule.ADMIN),
            Map.entry("DELETE /api/notifications/webhooks/teams/{id}", Rule.ADMIN));

    static final Map<String, Rule> PAGES = Map.ofEntries(
            Map.entry("GET /", Rule.PUBLIC),
            Map.entry("GET /login", Rule.PUBLIC),
            Map.entry("GET /login/oidc", Rule.PUBLIC),
            Map.entry("GET /login/oidc/callback", Rule.PUBLIC),
            Map.entry("GET /bench/fortunes", Rule.READ),
            Map.entry("POST /logout", Rule.PUBLIC),
            Map.entry("GET /language", Rule.PUBLIC),
            Map.entry("GET /admin/teams", Rule.READ),
            Map.entry("POST /admin/teams", Rule.ADMIN),
            Map.entry("GET /admin/teams/{id}", Rule.READ),
            Map.entry("POST /admin/teams/{id}", Rule.ADMIN),
            Map.entry("POST /admin/teams/{id}/members", Rule.ADMIN),
            Map.entry("POST /admin/teams/{id}/members/{personId}/remove", Rule.ADMIN),
            Map.entry("POST /admin/teams/{id}/archive", Rule.ADMIN),
            Map.entry("GET /admin/people", Rule.READ),
            Map.entry("POST /admin/people", Rule.ADMIN),
            Map.entry("GET /admin/people/{id}", Rule.READ),
            Map.entry("POST /admin/people/{id}", Rule.ADMIN),
            Map.entry("POST /admin/people/{id}/account", Rule.ADMIN),
            Map.entry("GET /audit", Rule.READ),
            Map.entry("GET /admin/outbox", Rule.ADMIN),
            Map.entry("POST /admin/outbox/digest", Rule.ADMIN),
            Map.entry("GET /metrics", Rule.READ),
            Map.entry("GET /metrics/{key}", Rule.READ),
            Map.entry("POST /metrics/{key}", Rule.READ),
            Map.entry("GET /admin/funnels", Rule.READ),
            Map.entry("POST /admin/funnels", Rule.ADMIN),
            Map.entry("GET /admin/funnels/{id}", Rule.READ),
            Map.entry("POST /admin/funnels/{id}", Rule.ADMIN),
            Map.entry("GET /admin/funnels/{id}/crm-mapping", Rule.ADMIN),
            Map.entry("POST /admin/funnels/{id}/crm-mapping", Rule.ADMIN),
            Map.entry("GET /targets", Rule.READ),
            Map.entry("GET /plan", Rule.READ),
            Map.entry("POST /plan/adopt", Rule.TEAM_EDIT),
            Map.entry("POST /targets", Rule.TEAM_EDIT),
            Map.entry("POST /targets/{id}/remove", Rule.TEAM_EDIT),
            Map.entry("POST /targets/copy", Rule.TEAM_EDIT),
            Map.entry("POST /targets/adopt", Rule.TEAM_EDIT),
            Map.entry("GET /proposals", Rule.READ),
            // A target's accountable owner may hold any role: the use case decides who records a check-in.
            Map.entry("GET /kpis/{targetId}", Rule.READ),
            Map.entry("POST /kpis/{targetId}/check-ins", Rule.READ),
            Map.entry("GET /kpis/{targetId}/check-ins/{checkInId}/edit", Rule.READ),
            Map.entry("POST /kpis/{targetId}/check-ins/{checkInId}", Rule.READ),
            Map.entry("POST /proposals", Rule.TEAM_EDIT),
            Map.entry("POST /proposals/{id}/accept", Rule.TEAM_EDIT),
            Map.entry("POST /proposals/{id}/decline", Rule.TEAM_EDIT),
            Map.entry("POST /proposals/{id}/withdraw", Rule.TEAM_EDIT),
            Map.entry("GET /measures", Rule.READ),
            Map.entry("POST /measures", Rule.TEAM_EDIT),
            Map.entry("GET /measures/import", Rule.TEAM_EDIT),
            Map.entry("POST /measures/import", Rule.TEAM_EDIT),
            Map.entry("GET /measures/import/crm", Rule.TEAM_EDIT),
            Map.entry("POST /measures/import/crm", Rule.TEAM_EDIT),
            Map.entry("GET /scorecard", Rule.READ),
            Map.entry("GET /scorecard/export", Rule.READ),
            Map.entry("GET /scorecard/trend.svg", Rule.READ),
            Map.entry("GET /tokens", Rule.READ),
            Map.entry("POST /tokens", Rule.READ),
            Map.entry("POST /tokens/{id}/revoke", Rule.READ),
            Map.entry("GET /account/preferences", Rule.READ),
            Map.entry("POST /account/preferences", Rule.READ),
            // The digest's signed unsubscribe link needs no sign-in (its POST is OneClickUnsubscribe, on the router).
            Map.entry("GET /unsubscribe/{token}", Rule.PUBLIC),
            Map.entry("GET /admin/notifications", Rule.ADMIN),
            Map.entry("POST /admin/notifications/company", Rule.ADMIN),
            Map.entry("POST /admin/notifications/company/clear", Rule.ADMIN),
            Map.entry("POST /admin/notifications/teams/{id}", Rule.ADMIN),
            Map.entry("POST /admin/notifications/teams/{id}/clear", Rule.ADMIN));

    private static final String PASSWORD = "access-table-password";
    private static String executive;
    private static String lead;
    private static String admin;

    @BeforeEach
    void oneSessionPerRole() {
        if (admin != null) {
            return;
        }
        executive = sessionOf("EXECUTIVE");
        lead = sessionOf("TEAM_LEAD");
        admin = sessionOf("ADMIN");
    }

    @Test
    void everyApiOperationHasARule() {
        assertThat(apiOperations()).containsExactlyInAnyOrderElementsOf(API.keySet());
    }

    @Test
    void everyPageRouteHasARule() {
        assertThat(pageRoutes()).containsExactlyInAnyOrderElementsOf(PAGES.keySet());
    }

    @Test
    void theApiAnswersEveryRoleAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        API.forEach((operation, rule) -> {
            check(wrong, operation, "anonymous", call(operation, null, true), rule == Rule.PUBLIC);
            check(wrong, operation, "executive", call(operation, executive, true), rule == Rule.READ);
            check(wrong, operation, "team lead", call(operation, lead, true), rule != Rule.ADMIN);
            check(wrong, operation, "admin", call(operation, admin, true), true);
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePagesAnswerEveryRoleAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        PAGES.forEach((route, rule) -> {
            if (rule == Rule.PUBLIC) {
                return;
            }
            Response anonymous = call(route, null, false);
            if (anonymous.statusCode() != 303 || !anonymous.header("Location").contains("/login")) {
                wrong.add(route + " anonymous: expected a redirect to /login, got " + anonymous.statusCode());
            }
            check(wrong, route, "executive", call(route, executive, false), rule == Rule.READ);
            check(wrong, route, "team lead", call(route, lead, false), rule != Rule.ADMIN);
            check(wrong, route, "admin", call(route, admin, false), true);
        });
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, String operation, String who, Response response, boolean allowed) {
        int status = response.statusCode();
        boolean turnedAway = status == 401
                || status == 403
                || (status == 303 && response.header("Location").contains("/login"));
        if (allowed && turnedAway) {
            wrong.add(operation + " " + who + ": expected to get through, got " + status);
        }
        if (!allowed && !turnedAway) {
            wrong.add(operation + " " + who + ": expected 401/403, got " + status);
        }
        if (status >= 500) {
            wrong.add(operation + " " + who + ": server error " + status);
        }
    }

    private static Response call(String operation, String session, boolean api) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation
                .substring(operation.indexOf(' ') + 1)
                // A token that is nobody's: whose a token is, is the use case's decision, not the gate's.
                .replace("/tokens/{id}", "/tokens/999999999")
                .replace("{id}", "1")
                .replace("{personId}", "1")
                .replace("{checkInId}", "1")
                .replace("{targetId}", "1")
                .replace("{key}", "cac")
                .replace("{period}", "2026-09");
        RequestSpecification request = given().redirects().follow(false).cookie(Csrf.COOKIE, Csrf.cookie());
        if (session != null) {
            request = request.cookie("baton_session", session);
        }
        request = api
                ? request.contentType(ContentType.JSON)
                        .header(Csrf.HEADER, Csrf.TOKEN)
                        .body(method.equals("GET") ? "" : "{}")
                : request.contentType(ContentType.URLENC).formParam(Csrf.FIELD, Csrf.TOKEN);
        if (method.equals("GET") || method.equals("DELETE")) {
            request = given().redirects().follow(false);
            if (session != null) {
                request = request.cookie("baton_session", session);
            }
            if (method.equals("DELETE")) {
                request = request.cookie(Csrf.COOKIE, Csrf.cookie()).header(Csrf.HEADER, Csrf.TOKEN);
            }
        }
        return request.request(method, path);
    }

    private static Set<String> apiOperations() {
        JsonPath openApi =
                given().queryParam("format", "json").get("/q/openapi").jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        return operations;
    }

    private static Set<String> pageRoutes() {
        Set<String> routes = new TreeSet<>();
        for (JavaClass page : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.baton.adapters.web", "dev.baton.app")) {
            if (!page.isAnnotatedWith(jakarta.ws.rs.Path.class)) {
                continue;
            }
            String base = page.getAnnotationOfType(jakarta.ws.rs.Path.class).value();
            for (JavaMethod method : page.getMethods()) {
                String verb = verbOf(method);
                if (verb == null) {
                    continue;
                }
                String sub = method.isAnnotatedWith(jakarta.ws.rs.Path.class)
                        ? method.getAnnotationOfType(jakarta.ws.rs.Path.class).value()
                        : "";
                routes.add(verb + " " + join(base, sub));
            }
        }
        return routes;
    }

    private static String verbOf(JavaMethod method) {
        if (method.isAnnotatedWith(jakarta.ws.rs.GET.class)) {
            return "GET";
        }
        if (method.isAnnotatedWith(jakarta.ws.rs.POST.class)) {
            return "POST";
        }
        if (method.isAnnotatedWith(jakarta.ws.rs.PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotatedWith(jakarta.ws.rs.DELETE.class)) {
            return "DELETE";
        }
        return null;
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** A person with this role, a sign-in for them, and the session cookie of signing in through the form. */
    private static String sessionOf(String role) {
        String session = SignIns.formSession(SignIns.create("table", role, PASSWORD), PASSWORD);
        assertThat(session).as("session of the " + role).isNotBlank();
        return session;
    }

    static String describe(Map<String, Rule> rules) {
        return rules.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
