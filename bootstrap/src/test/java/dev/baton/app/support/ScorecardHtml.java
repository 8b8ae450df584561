package dev.baton.app.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The scorecard page as a test reads it: the whole page of a period, and one KPI row of it. */
public final class ScorecardHtml {

    private ScorecardHtml() {}

    public static String page(String period) {
        return page(period, "en");
    }

    public static String page(String period, String language) {
        return given().header("Accept-Language", language)
                .queryParam("period", period)
                .get("/scorecard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The inside of the first KPI row of a team's table for a metric; fails when there is none. */
    public static String row(String html, long team, String metric) {
        Matcher m = Pattern.compile(
                        "<tr data-team=\"" + team + "\" data-metric=\"" + Pattern.quote(metric) + "\">(.*?)</tr>",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("a row for %s of team %s", metric, team).isTrue();
        return m.group(1);
    }

    /** The row of a target of the viewed period itself, passing over those of longer periods ("4037 to date"). */
    public static String ownRow(String html, long team, String metric) {
        Matcher m = Pattern.compile(
                        "<tr data-team=\"" + team + "\" data-metric=\"" + Pattern.quote(metric) + "\">(.*?)</tr>",
                        Pattern.DOTALL)
                .matcher(html);
        while (m.find()) {
            if (!m.group(1).contains("class=\"own-period\"")) {
                return m.group(1);
            }
        }
        throw new AssertionError("no row of the viewed period for " + metric + " of team " + team);
    }
}
