package dev.baton.adapters.web.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorecardCsvTest {

    @Test
    void aFieldWithACommaOrAQuoteIsQuotedAndItsQuotesDoubled() {
        assertThat(ScorecardCsv.field("Sales, EMEA")).isEqualTo("\"Sales, EMEA\"");
        assertThat(ScorecardCsv.field("the \"big\" one")).isEqualTo("\"the \"\"big\"\" one\"");
        assertThat(ScorecardCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(ScorecardCsv.field("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(ScorecardCsv.field("+1+2")).isEqualTo("'+1+2");
        assertThat(ScorecardCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ScorecardCsv.field("-cmd")).isEqualTo("'-cmd");
    }

    @Test
    void aNegativeNumberOrABandStaysAsItIs() {
        assertThat(ScorecardCsv.field("-12.5")).isEqualTo("-12.5");
        assertThat(ScorecardCsv.field("-5–10")).isEqualTo("-5–10");
        assertThat(ScorecardCsv.field("157500")).isEqualTo("157500");
    }

    @Test
    void nothingIsAnEmptyField() {
        assertThat(ScorecardCsv.field(null)).isEmpty();
    }

    @Test
    void theHeaderNamesTheColumnsAsIdentifiers() {
        assertThat(ScorecardCsv.HEADER)
                .isEqualTo(
                        "period,team,metric,metric_name,scope,target_period,threshold,actual,attainment,no_value_reason\n");
    }
}
