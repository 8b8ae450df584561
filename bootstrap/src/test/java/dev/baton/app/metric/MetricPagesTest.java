package dev.baton.app.metric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.baton.app.support.Csrf;
import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.metric.WorkedExample;
import dev.baton.application.metric.WorkedExamples;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
@TestSecurity(user = "exec", roles = "EXECUTIVE")
class MetricPagesTest {

    @Test
    void theCatalogGroupsMetricsByCategoryWithFormulaAndLink() {
        given().get("/metrics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(
                        containsString("<h1>Metric catalog</h1>"),
                        containsString("id=\"category-ACQUISITION-heading\">Acquisition</h2>"),
                        containsString("<a href=\"/metrics/cac\">Customer acquisition cost (CAC)</a>"),
                        containsString("(sales_expense + marketing_expense) / new_customers"),
                        containsString("Lower is better"),
                        containsString("href=\"/metrics\" aria-current=\"page\""));
    }

    @Test
    void aMetricPageShowsTheDefinitionAndPrefillsTheCalculatorWithTheWorkedExample() {
        given().get("/metrics/average_order_value")
                .then()
                .statusCode(200)
                .body(
                        containsString("revenue / orders"),
                        containsString("Worked example"),
                        containsString("1,800,000"),
                        containsString("<label for=\"input-revenue\">Revenue"),
                        containsString("name=\"measures.revenue\""),
                        containsString("value=\"1800000\""),
                        containsString("value=\"360\""),
                        not(containsString("id=\"calculator-result\"")));
    }

    @Test
    void theCalculatorComputesAverageOrderValue() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("measures.revenue", "1800000")
                .formParam("measures.orders", "360")
                .when()
                .post("/metrics/average_order_value")
                .then()
                .statusCode(200)
                .body(
                        containsString("<output id=\"calculator-result\" class=\"number\">5,000.00</output>"),
                        containsString("Currency"),
                        containsString("value=\"1800000\""));
    }

    @Test
    void theCalculatorComputesLtvFromTheWorkedExample() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("measures.average_order_value", "5000")
                .formParam("measures.purchase_frequency", "6")
                .formParam("measures.lifespan_years", "0.8")
                .when()
                .post("/metrics/ltv")
                .then()
                .statusCode(200)
                .body(containsString("<output id=\"calculator-result\" class=\"number\">24,000.00</output>"));
    }

    @Test
    void aMeasureTheCalculatorNeedsIsMarkedNextToItsInputAndTypedValuesStay() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("measures.revenue", "abc")
                .formParam("measures.orders", "")
                .when()
                .post("/metrics/average_order_value")
                .then()
                .statusCode(422)
                .body(
                        containsString("Please correct the fields marked below."),
                        containsString("value=\"abc\""),
                        containsString("aria-invalid=\"true\" aria-describedby=\"input-revenue-error\""),
                        containsString("id=\"input-revenue-error\">&#39;abc&#39; is not a number"),
                        containsString("autofocus"));
    }

    @Test
    void missingAndNegativeInputsAreEachMarked() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("measures.sales_expense", "-600")
                .formParam("measures.marketing_expense", "400")
                .formParam("measures.new_customers", "10")
                .when()
                .post("/metrics/cac")
                .then()
                .statusCode(422)
                .body(containsString("id=\"input-sales_expense-error\">sales_expense is a count or an amount"));
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("measures.revenue", "")
                .formParam("measures.orders", "")
                .when()
                .post("/metrics/average_order_value")
                .then()
                .statusCode(422)
                .body(
                        containsString("id=\"input-revenue-error\">A value is needed."),
                        containsString("id=\"input-orders-error\""));
    }

    @Test
    void anEmptyInputIsMarkedEvenWhenTheMeasuresBehindItAreNotOnTheForm() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("measures.average_order_value", "5000")
                .formParam("measures.purchase_frequency", " ")
                .formParam("measures.lifespan_years", "0.8")
                .when()
                .post("/metrics/ltv")
                .then()
                .statusCode(422)
                .body(
                        containsString("id=\"input-purchase_frequency-error\">A value is needed."),
                        not(containsString("needed to compute ltv")),
                        containsString("value=\"5000\""));
    }

    static Stream<Arguments> workedExamples() {
        return WorkedExamples.all().entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey().value(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedExamples")
    void everyWorkedExampleIsPrefilledAndComputesOnThePage(String metric, WorkedExample example) {
        RequestSpecification form = given().cookie(Csrf.COOKIE, Csrf.cookie()).formParam(Csrf.FIELD, Csrf.TOKEN);
        example.inputs().forEach((key, value) -> form.formParam("measures." + key.value(), value.toPlainString()));
        String expected = NumberFormat.getNumberInstance(Locale.ENGLISH).format(example.result());

        form.when()
                .post("/metrics/" + metric)
                .then()
                .statusCode(200)
                .body(containsString("<output id=\"calculator-result\" class=\"number\">" + expected + "."));
        given().get("/metrics/" + metric)
                .then()
                .statusCode(200)
                .body(containsString(
                        "value=\"" + example.inputs().values().iterator().next().toPlainString() + "\""));
    }

    @Test
    void divisionByZeroShowsWhyThereIsNoValue() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("measures.revenue", "1000")
                .formParam("measures.orders", "0")
                .when()
                .post("/metrics/average_order_value")
                .then()
                .statusCode(200)
                .body(containsString("No value"), containsString("it divides by orders, which is 0"));
    }

    @Test
    void chineseReadersGetTheCatalogAndTheCalculatorInChinese() {
        given().header("Accept-Language", "zh-CN")
                .get("/metrics")
                .then()
                .statusCode(200)
                .body(allOf(containsString("指标目录"), containsString("获客成本 (CAC)"), containsString("越低越好")));
        given().header("Accept-Language", "zh-CN")
                .cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("measures.revenue", "1000")
                .formParam("measures.orders", "0")
                .post("/metrics/average_order_value")
                .then()
                .body(containsString("无值"), containsString("除数 orders 为 0"));
    }

    @Test
    void theStageConversionCalculatorTakesTwoStagesAndTheirEntries() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("scope.from", "mql")
                .formParam("scope.to", "sql")
                .formParam("entries.from", "200")
                .formParam("entries.to", "50")
                .when()
                .post("/metrics/stage_conversion_rate")
                .then()
                .statusCode(200)
                .body(
                        containsString("<output id=\"calculator-result\" class=\"number\">25.00</output>"),
                        containsString("value=\"mql\""));
    }

    @Test
    void theStageConversionCalculatorMarksTheStagesAndEntriesItMisses() {
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("scope.from", "mql")
                .formParam("scope.to", "mql")
                .formParam("entries.from", "200")
                .formParam("entries.to", "50")
                .when()
                .post("/metrics/stage_conversion_rate")
                .then()
                .statusCode(422)
                .body(containsString("id=\"input-scope-from-error\">a stage scope needs two different stages"));
        given().cookie(Csrf.COOKIE, Csrf.cookie())
                .formParam(Csrf.FIELD, Csrf.TOKEN)
                .formParam("scope.from", "mql")
                .formParam("scope.to", "sql")
                .formParam("entries.from", "-1")
                .formParam("entries.to", "")
                .when()
                .post("/metrics/stage_conversion_rate")
                .then()
                .statusCode(422)
                .body(
                        containsString("id=\"input-entries-to-error\">A value is needed."),
                        containsString("id=\"input-entries-from-error\">entered:mql is a count"));
    }

    @Test
    void aMeasurePageSaysHowQuartersAndYearsAreMadeOfIt() {
        given().get("/metrics/paying_customers")
                .then()
                .statusCode(200)
                .body(
                        containsString("Quarters and years"),
                        containsString("The value of its last part (a closing stock)"));
        given().header("Accept-Language", "zh-CN")
                .get("/metrics/previous_revenue")
                .then()
                .statusCode(200)
                .body(containsString("季度与年度"), containsString("不做汇总：请为季度或年度本身录入。"));
        given().get("/metrics/cac").then().statusCode(200).body(not(containsString("Quarters and years")));
    }

    @Test
    void anUnknownMetricHasNoPage() {
        given().get("/metrics/no_such_metric").then().statusCode(404).contentType(containsString("text/html"));
    }
}
