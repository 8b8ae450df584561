package dev.baton.app.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.app.support.Names;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class MeasurePagesTest {

    @Test
    void thePeriodPageShowsTheCommonMeasuresAndWhatWasRecorded() {
        String funnel = MeasureApiTest.aFunnel();
        MeasureApiTest.put(funnel, "2026-09", "{\"entered:mql\": 1200}").statusCode(200);

        given().queryParam("period", "2026-09")
                .queryParam("funnel", funnel)
                .get("/measures")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(
                        containsString("<h1>Measures</h1>"),
                        containsString("name=\"m.revenue\""),
                        containsString("name=\"m.entered:mql\""),
                        containsString("value=\"1200\""),
                        containsString("name=\"extraKey\""),
                        containsString("name=\"" + Csrf.FIELD + "\""),
                        containsString("name=\"version\" value=\"1\""),
                        containsString("href=\"/measures\" aria-current=\"page\""));
    }

    @Test
    void theFunnelPickerOffersEveryFunnelByNameAndSelectsTheOneShown() {
        String name = Names.unique("Picked");
        long id = MeasureApiTest.aFunnelNamed(name);
        String other = Names.unique("Other");
        MeasureApiTest.aFunnelNamed(other);

        given().queryParam("period", "2026-09")
                .queryParam("funnel", id)
                .get("/measures")
                .then()
                .statusCode(200)
                .body(
                        containsString("<select id=\"pick-funnel\" name=\"funnel\""),
                        containsString("<option value=\"\">Organisation-wide</option>"),
                        containsString("<option value=\"" + id + "\" selected>" + name + "</option>"),
                        containsString(">" + other + "</option>"),
                        containsString("Values for 2026-09 · " + name),
                        containsString("name=\"funnel\" value=\"" + id + "\""));
    }

    @Test
    void aFunnelThatDoesNotExistIsShownAsAnErrorBesideThePicker() {
        given().queryParam("period", "2026-09")
                .queryParam("funnel", "987654321")
                .get("/measures")
                .then()
                .statusCode(422)
                .body(containsString("No funnel has the id 987654321"));
    }

    @Test
    void aFormOpenedBeforeSomeoneElseRecordedIsRefusedKeepingWhatWasTypedAndShowingWhatIsStored() {
        String funnel = MeasureApiTest.aFunnel();
        MeasureApiTest.put(funnel, "2026-08", "{\"orders\": 300, \"revenue\": 1000}")
                .statusCode(200);
        // Someone else records while our form, opened at version 1, is still being filled in.
        MeasureApiTest.put(funnel, "2026-08", "\"1\"", "{\"orders\": 310}").statusCode(200);

        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("period", "2026-08")
                .formParam("funnel", funnel)
                .formParam("version", "1")
                .formParam("m.orders", "300")
                .formParam("m.revenue", "2500")
                .post("/measures")
                .then()
                .statusCode(409)
                .body(
                        containsString("Someone else recorded measures for this period"),
                        containsString("value=\"2500\""),
                        containsString("Now stored: 1000"),
                        containsString("Now stored: 310"),
                        containsString("name=\"version\" value=\"2\""));
        assertThat(MeasureApiTest.values(funnel, "2026-08"))
                .containsEntry("orders", "310")
                .containsEntry("revenue", "1000");

        // Recording again from the page as shown now goes through: the user has seen what it overwrites.
        given().redirects()
                .follow(false)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("period", "2026-08")
                .formParam("funnel", funnel)
                .formParam("version", "2")
                .formParam("m.orders", "310")
                .formParam("m.revenue", "2500")
                .post("/measures")
                .then()
                .statusCode(303);
        assertThat(MeasureApiTest.values(funnel, "2026-08")).containsEntry("revenue", "2500");
    }

    @Test
    void aFormPostRecordsTheValuesAndComesBackToThePeriod() {
        String funnel = MeasureApiTest.aFunnel();
        given().redirects()
                .follow(false)
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("period", "2026-10")
                .formParam("funnel", funnel)
                .formParam("m.revenue", "1800000")
                .formParam("m.orders", "")
                .formParam("extraKey", "visits")
                .formParam("extraValue", "42")
                .post("/measures")
                .then()
                .statusCode(303)
                .header("Location", containsString("/measures?period=2026-10"));

        assertThat(MeasureApiTest.values(funnel, "2026-10"))
                .containsEntry("revenue", "1800000")
                .containsEntry("visits", "42")
                .doesNotContainKey("orders");
    }

    @Test
    void aBadValueIsShownBesideItsFieldWithEverythingTypedKept() {
        String funnel = MeasureApiTest.aFunnel();
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("period", "2026-10")
                .formParam("funnel", funnel)
                .formParam("m.revenue", "-12")
                .formParam("m.orders", "360")
                .formParam("extraKey", "visits")
                .formParam("extraValue", "7")
                .post("/measures")
                .then()
                .statusCode(422)
                .body(
                        containsString("Please correct the fields marked below."),
                        containsString("value=\"-12\""),
                        containsString("value=\"360\""),
                        containsString("value=\"visits\""),
                        containsString("id=\"measure-revenue-error\""),
                        containsString("never negative"));
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("period", "2026-10")
                .formParam("funnel", funnel)
                .formParam("m.orders", "360")
                .formParam("extraKey", "revenu")
                .formParam("extraValue", "7")
                .post("/measures")
                .then()
                .statusCode(422)
                .body(
                        containsString("value=\"revenu\""),
                        containsString("id=\"extra-error\""),
                        containsString("is not a measure of the catalog"));

        assertThat(MeasureApiTest.values(funnel, "2026-10")).isEmpty();
    }

    @Test
    void aFormWithoutTheAntiForgeryTokenIsRefused() {
        given().contentType(ContentType.URLENC)
                .formParam("period", "2026-10")
                .formParam("m.revenue", "1")
                .post("/measures")
                .then()
                .statusCode(400);
    }

    @Test
    void theImportPageChecksPastedRowsAndListsTheErrors() {
        String funnel = MeasureApiTest.aFunnel();
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .multiPart(Csrf.FIELD, Csrf.TOKEN)
                .multiPart("csv", "period,measure,value,funnel\n2026-09,revenue,abc," + funnel + "\n")
                .multiPart("mode", "preview")
                .post("/measures/import")
                .then()
                .statusCode(422)
                .body(
                        containsString("1 rows checked, 1 errors. Nothing was written."),
                        containsString("<td class=\"number\">2</td><td><code>value</code></td>"),
                        containsString("&#39;abc&#39; is not a number"));
    }

    @Test
    void anUploadedFileIsCommittedFromTheImportPage() {
        String funnel = MeasureApiTest.aFunnel();
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .multiPart(Csrf.FIELD, Csrf.TOKEN)
                .multiPart(
                        "file",
                        "measures.csv",
                        ("period,measure,value,funnel\n2026-11,orders,7," + funnel + "\n").getBytes(),
                        "text/csv")
                .multiPart("csv", "")
                .multiPart("mode", "commit")
                .post("/measures/import")
                .then()
                .statusCode(200)
                .body(containsString("1 rows written."), not(containsString("import-errors")));

        assertThat(MeasureApiTest.values(funnel, "2026-11")).containsEntry("orders", "7");
    }

    @Test
    void pastedRowsAreLimitedToTheFormFieldSizeButAFileOfThatSizeIsChecked() {
        String rows = "period,measure,value\n" + "2026-09,orders,1\n".repeat(5_000);
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .multiPart(Csrf.FIELD, Csrf.TOKEN)
                .multiPart("csv", rows)
                .multiPart("mode", "preview")
                .post("/measures/import")
                .then()
                .statusCode(413);
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .multiPart(Csrf.FIELD, Csrf.TOKEN)
                .multiPart("file", "big.csv", rows.getBytes(), "text/csv")
                .multiPart("mode", "preview")
                .post("/measures/import")
                .then()
                .statusCode(422)
                .body(containsString("5000 rows checked, 4999 errors."));
    }

    @Test
    void thePagesSpeakChineseWithErrorsInChineseToo() {
        given().header("Accept-Language", "zh-CN")
                .get("/measures?period=2026-09")
                .then()
                .statusCode(200)
                .body(containsString("<h1>度量</h1>"), containsString(">度量</a>"), containsString("添加其他度量"));
        given().header("Accept-Language", "zh-CN")
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("period", "2026-09")
                .formParam("funnel", MeasureApiTest.aFunnel())
                .formParam("m.revenue", "-1")
                .post("/measures")
                .then()
                .statusCode(422)
                .body(containsString("度量值不能为负数"));
        given().header("Accept-Language", "zh-CN")
                .get("/measures/import")
                .then()
                .statusCode(200)
                .body(containsString("导入度量"), containsString("enctype=\"multipart/form-data\""));
    }

    @Test
    @TestSecurity(user = "exec", roles = "EXECUTIVE")
    void anExecutiveReadsThePeriodPageWithoutARecordButton() {
        given().get("/measures?period=2026-09")
                .then()
                .statusCode(200)
                .body(containsString("recording them is for admins and team leads"), not(containsString(">Record<")));
    }
}
