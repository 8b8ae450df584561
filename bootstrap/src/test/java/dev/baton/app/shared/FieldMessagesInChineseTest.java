package dev.baton.app.shared;

import static dev.baton.app.support.PlanApi.stage;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.baton.app.support.Api;
import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A refusal the domain words (a stage key, a period) reaches a Chinese reader in Chinese, on the API and on a page:
 * the value object says a code, and the bundles word it in the reader's language.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class FieldMessagesInChineseTest {

    private static Map<String, Object> aFunnelWithABadStageKey() {
        long owner = Api.createPerson("Key Owner", "TEAM_LEAD");
        long marketing = Api.createTeam(Names.unique("Marketing"), "MARKETING", owner);
        return Map.of(
                "name",
                Names.unique("Keys"),
                "stages",
                List.of(stage("lead", marketing), Map.of("key", "Lead Stage", "name", "Lead", "team", marketing)));
    }

    @Test
    void theApiAnswersAFieldMessageInChineseToAChineseReader() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .body(aFunnelWithABadStageKey())
                .post("/api/funnels")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'stages[1].key' }.message", containsString("“Lead Stage”不是有效的阶段键"));
    }

    @Test
    void theApiAnswersTheSameFieldMessageInEnglishOtherwise() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(aFunnelWithABadStageKey())
                .post("/api/funnels")
                .then()
                .statusCode(422)
                .body(
                        "errors.find { it.field == 'stages[1].key' }.message",
                        equalTo("'Lead Stage' is not a stage key: use lower-case letters, digits, '_' and '-'"
                                + " (at most 64 characters)"));
    }

    @Test
    void aPageShowsAPeriodTheDomainRefusedInChinese() {
        given().header("Accept-Language", "zh-CN")
                .queryParam("period", "2026-13")
                .get("/measures")
                .then()
                .statusCode(422)
                .body(containsString("“2026-13”不是有效的期间：月份须在 1 到 12 之间，收到 13"));
    }

    @Test
    void aRefusedFormShowsItsMessagesNextToTheFieldsInChinese() {
        given().header("Accept-Language", "zh-CN")
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("name", "")
                .formParam("kind", "SPACE")
                .formParam("ownerId", "")
                .post("/admin/teams")
                .then()
                .statusCode(422)
                .body(
                        containsString("id=\"team-name-error\">团队名称为必填项。"),
                        containsString("“SPACE”不是有效值，可选："),
                        containsString("id=\"team-owner-error\">团队需要一位负责人。"));
    }
}
