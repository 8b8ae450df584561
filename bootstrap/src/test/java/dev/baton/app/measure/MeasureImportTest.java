package dev.baton.app.measure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** Importing and exporting measures as CSV: preview writes nothing, a commit writes everything or nothing. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "test-admin", roles = "ADMIN")
class MeasureImportTest {

    private static final Logger LOG = Logger.getLogger(MeasureImportTest.class);

    private static io.restassured.response.ValidatableResponse importing(String mode, String csv) {
        return given().contentType("text/csv")
                .queryParam("mode", mode)
                .body(csv)
                .post("/api/measures/import")
                .then();
    }

    @Test
    void aPreviewListsEveryErrorWithItsLineAndColumnAndWritesNothing() {
        String funnel = MeasureApiTest.aFunnel();
        String csv = "period,measure,value,funnel\n"
                + "2026-09,revenue,1800000," + funnel + "\n"
                + "2026-13,orders,360," + funnel + "\n"
                + "2026-09,revenu,abc," + funnel + "\n"
                + "\n"
                + "2026-09,orders,-1," + funnel + "\n"
                + "2026-09,revenue,5," + funnel + "\n"
                + "2026-09,orders\n";

        JsonPath report = importing("preview", csv)
                .statusCode(200)
                .body("rows", equalTo(6))
                .body("written", equalTo(false))
                .body("errorCount", equalTo(6))
                .extract()
                .jsonPath();

        List<Map<String, Object>> errors = report.getList("errors");
        assertThat(errors)
                .extracting(e -> e.get("line") + ":" + e.get("column"))
                .containsExactly("3:period", "4:measure", "4:value", "6:value", "7:measure", "8:");
        assertThat(report.getString("errors[5].message")).contains("Expected 4 columns, found 2");
        assertThat(report.getString("errors[4].message")).contains("Line 2 already gives revenue");
        assertThat(MeasureApiTest.values(funnel, "2026-09")).isEmpty();
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsAnErrorOnLineOne() {
        importing("preview", "period,metric,amount\n2026-09,revenue,5\n")
                .statusCode(200)
                .body("errors.line", equalTo(List.of(1, 1, 1, 1)))
                .body("errors.column", equalTo(List.of("metric", "amount", "measure", "value")));
    }

    @Test
    void aFileWithAHeaderButNoRowsIsRefused() {
        importing("commit", "period,measure,value\n\n")
                .statusCode(422)
                .body("rows", equalTo(0))
                .body("errors[0].line", equalTo(2))
                .body("errors[0].message", containsString("no rows"));
    }

    @Test
    void aGoodFileIsCommittedWhole() {
        String funnel = MeasureApiTest.aFunnel();
        String csv = "measure,period,value,funnel\r\n"
                + "revenue,2026-09,1800000,\"" + funnel + "\"\r\n"
                + "orders,2026-09,360," + funnel + "\r\n"
                + "entered:mql,2026-Q3,1200," + funnel + "\r\n";

        importing("commit", csv).statusCode(200).body("rows", equalTo(3)).body("written", equalTo(true));

        assertThat(MeasureApiTest.values(funnel, "2026-09"))
                .containsEntry("revenue", "1800000")
                .containsEntry("orders", "360");
        assertThat(MeasureApiTest.values(funnel, "2026-Q3")).containsEntry("entered:mql", "1200");
    }

    @Test
    void aCommitWithOneBadRowWritesNothingAndAnswersTheErrors() {
        String funnel = MeasureApiTest.aFunnel();
        String csv = "period,measure,value,funnel\n"
                + "2026-09,revenue,1800000," + funnel + "\n"
                + "2026-09,orders,-3," + funnel + "\n"
                + "2026-10,revenue,1900000," + funnel + "\n";

        importing("commit", csv)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("written", equalTo(false))
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].column", equalTo("value"))
                .body("errors[0].message", containsString("never negative"));

        assertThat(MeasureApiTest.values(funnel, "2026-09")).isEmpty();
        assertThat(MeasureApiTest.values(funnel, "2026-10")).isEmpty();
    }

    @Test
    void aModeOtherThanPreviewOrCommitIsRefused() {
        importing("later", "period,measure,value\n").statusCode(422).body("errors[0].field", equalTo("mode"));
    }

    @Test
    void anExportReadsBackWhatAnImportWrote() {
        String funnel = MeasureApiTest.aFunnel();
        String csv = "period,measure,value,funnel\n"
                + "2026-01,orders,100," + funnel + "\n"
                + "2026-01,revenue,0.25," + funnel + "\n"
                + "2026-02,orders,110," + funnel + "\n"
                + "2026-Q1,entered:sql,42," + funnel + "\n";
        importing("commit", csv).statusCode(200);
        MeasureApiTest.put(funnel, "2026-07", "{\"orders\": 1}").statusCode(200);

        String exported = given().queryParam("from", "2026-01")
                .queryParam("to", "2026-06")
                .queryParam("funnel", funnel)
                .get("/api/measures/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();

        assertThat(exported)
                .as("a quarter comes before the months it starts with")
                .isEqualTo("period,measure,value,funnel\n"
                        + "2026-Q1,entered:sql,42," + funnel + "\n"
                        + "2026-01,orders,100," + funnel + "\n"
                        + "2026-01,revenue,0.25," + funnel + "\n"
                        + "2026-02,orders,110," + funnel + "\n");
        String funnelOfAnotherTest = MeasureApiTest.aFunnel();
        importing("commit", exported.replace("," + funnel + "\n", "," + funnelOfAnotherTest + "\n"))
                .statusCode(200)
                .body("rows", equalTo(4));
        assertThat(MeasureApiTest.values(funnelOfAnotherTest, "2026-01")).containsEntry("revenue", "0.25");
    }

    @Test
    void aHundredThousandRowFileIsCommittedInOneGo() {
        String funnel = MeasureApiTest.aFunnel();
        List<String> measures = List.of("revenue", "orders", "visits", "leads", "sqls");
        StringBuilder csv = new StringBuilder("period,measure,value,funnel\n");
        int rows = 0;
        YearMonth month = YearMonth.of(1901, 1);
        while (rows < 100_000) {
            for (String measure : measures) {
                csv.append(month)
                        .append(',')
                        .append(measure)
                        .append(',')
                        .append(rows)
                        .append(".5,");
                csv.append(funnel).append('\n');
                rows++;
            }
            month = month.plusMonths(1);
        }
        long started = System.nanoTime();
        importing("preview", csv.toString()).statusCode(200).body("errorCount", equalTo(0));
        Duration checked = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        importing("commit", csv.toString()).statusCode(200).body("rows", equalTo(100_000));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.infof(
                "100,000 measure rows (%d bytes): checked in %d ms, imported in %d ms",
                csv.length(), checked.toMillis(), took.toMillis());

        assertThat(MeasureApiTest.values(funnel, "1901-01")).containsEntry("revenue", "0.5");
    }
}
