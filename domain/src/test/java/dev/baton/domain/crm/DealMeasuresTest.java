package dev.baton.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealMeasuresTest {

    private static final List<String> FUNNEL = List.of("lead", "sql", "opportunity", "customer");
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private static CrmSourceMapping mapping(boolean newCustomers) {
        Map<String, Optional<String>> stages = new LinkedHashMap<>();
        stages.put("Appointment Scheduled", Optional.of("sql"));
        stages.put("Contract Sent", Optional.of("opportunity"));
        stages.put("Closed Won", Optional.of("customer"));
        stages.put("Closed Lost", Optional.empty());
        return new CrmSourceMapping(
                Optional.of("Sales Pipeline"),
                CrmDateFormat.ISO,
                Optional.of(Currency.getInstance("USD")),
                newCustomers,
                stages);
    }

    private static Deal deal(int row, String stage, String amount, String close, String create, String... entered) {
        return inPipeline(row, "Sales Pipeline", stage, amount, close, create, entered);
    }

    private static Deal inPipeline(
            int row, String pipeline, String stage, String amount, String close, String create, String... entered) {
        Map<String, String> dates = new LinkedHashMap<>();
        for (int i = 0; i < entered.length; i += 2) {
            dates.put(entered[i], entered[i + 1]);
        }
        return new Deal(row, "d" + row, stage, pipeline, amount, close, create, dates);
    }

    private static DealFile withoutEntryDates(Deal... deals) {
        return new DealFile(List.of(deals), "Amount", "Close Date", "Create Date", Map.of());
    }

    private static DealFile withEntryDates(Deal... deals) {
        return new DealFile(
                List.of(deals),
                "Amount",
                "Close Date",
                "Create Date",
                Map.of(
                        "Appointment Scheduled", "Date entered Appointment Scheduled",
                        "Contract Sent", "Date entered Contract Sent",
                        "Closed Won", "Date entered Closed Won"));
    }

    @Test
    void wonDealsAreCountedInTheMonthTheyClosedWithTheirAverageValue() {
        DealMeasures.Derivation derivation = DealMeasures.derive(
                mapping(false),
                FUNNEL,
                withoutEntryDates(
                        deal(2, "Closed Won", "10,000.00", "2026-09-03", "2026-08-01"),
                        deal(3, "Closed Won", "$5,000", "2026-09-20 14:00", "2026-09-01"),
                        deal(4, "Closed Lost", "", "2026-09-21", "2026-09-02")));

        Map<String, BigDecimal> september = derivation.months().get(SEPTEMBER);
        assertThat(september.get("deals")).isEqualByComparingTo("2");
        assertThat(september.get("average_deal_value")).isEqualByComparingTo("7500");
        assertThat(september).doesNotContainKey("new_customers");
        assertThat(derivation.skipped()).isEmpty();
    }

    @Test
    void eachWonDealIsANewCustomerOnlyWhenTheMappingSaysSo() {
        DealMeasures.Derivation derivation = DealMeasures.derive(
                mapping(true), FUNNEL, withoutEntryDates(deal(2, "Closed Won", "100", "2026-09-03", "2026-09-01")));

        assertThat(derivation.months().get(SEPTEMBER).get("new_customers")).isEqualByComparingTo("1");
    }

    @Test
    void withoutEntryDatesOnlyTheFirstStageByCreateDateAndTheWonStageAreDerived() {
        DealMeasures.Derivation derivation = DealMeasures.derive(
                mapping(false),
                FUNNEL,
                withoutEntryDates(
                        deal(2, "Closed Won", "100", "2026-10-03", "2026-09-01"),
                        deal(3, "Closed Lost", "", "2026-10-05", "2026-09-10")));

        assertThat(derivation.months().get(SEPTEMBER))
                .containsEntry("entered:sql", BigDecimal.valueOf(2))
                .containsEntry("entered:customer", BigDecimal.ZERO)
                .doesNotContainKey("entered:opportunity");
        assertThat(derivation.months().get(OCTOBER)).containsEntry("entered:customer", BigDecimal.ONE);
        assertThat(derivation.stagesWithoutDates()).containsExactly("sql", "opportunity", "customer");
    }

    @Test
    void entryDatesCountEachStageInItsMonthAndADealThatSkippedAStageIsNotCountedInIt() {
        DealMeasures.Derivation derivation = DealMeasures.derive(
                mapping(false),
                FUNNEL,
                withEntryDates(
                        deal(
                                2,
                                "Closed Won",
                                "100",
                                "2026-10-03",
                                "2026-09-01",
                                "Appointment Scheduled",
                                "2026-09-02",
                                "Contract Sent",
                                "2026-09-20",
                                "Closed Won",
                                "2026-10-03"),
                        deal(
                                3,
                                "Closed Won",
                                "100",
                                "2026-10-04",
                                "2026-09-01",
                                "Appointment Scheduled",
                                "2026-09-05",
                                "Closed Won",
                                "2026-10-04")));

        assertThat(derivation.months().get(SEPTEMBER))
                .containsEntry("entered:sql", BigDecimal.valueOf(2))
                .containsEntry("entered:opportunity", BigDecimal.ONE);
        assertThat(derivation.months().get(OCTOBER)).containsEntry("entered:customer", BigDecimal.valueOf(2));
        assertThat(derivation.stagesWithoutDates()).isEmpty();
    }

    @Test
    void rowsOfAnotherPipelineOrAnUnmappedStageAreSkippedAndTheStageIsListed() {
        DealMeasures.Derivation derivation = DealMeasures.derive(
                mapping(false),
                FUNNEL,
                withoutEntryDates(
                        inPipeline(2, "Renewals", "Closed Won", "100", "2026-09-03", "2026-09-01"),
                        deal(3, "Qualified To Buy", "", "", "2026-09-01")));

        assertThat(derivation.skipped())
                .extracting(SkippedDeal::row, SkippedDeal::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, SkippedDeal.Reason.OTHER_PIPELINE),
                        org.assertj.core.groups.Tuple.tuple(3, SkippedDeal.Reason.UNMAPPED_STAGE));
        assertThat(derivation.unmappedStagesSeen()).containsExactly("Qualified To Buy");
        assertThat(derivation.unreadable()).isEmpty();
        assertThat(derivation.months()).isEmpty();
    }

    @Test
    void anUnreadableAmountOrDateSkipsTheRowNamingItsColumn() {
        DealMeasures.Derivation derivation = DealMeasures.derive(
                mapping(false),
                FUNNEL,
                withoutEntryDates(
                        deal(2, "Closed Won", "lots", "2026-09-03", "2026-09-01"),
                        deal(3, "Closed Won", "100", "09/03/2026", "2026-09-01")));

        assertThat(derivation.unreadable())
                .extracting(SkippedDeal::row, SkippedDeal::column, SkippedDeal::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Amount", "lots"),
                        org.assertj.core.groups.Tuple.tuple(3, "Close Date", "09/03/2026"));
    }

    @Test
    void amountsMayCarryThousandsSeparatorsAndTheMappingsCurrency() {
        assertThat(DealMeasures.amount("12,500.50", mapping(false))).contains(new BigDecimal("12500.50"));
        assertThat(DealMeasures.amount("12 500 USD", mapping(false))).contains(new BigDecimal("12500"));
        assertThat(DealMeasures.amount("-5", mapping(false))).isEmpty();
        assertThat(DealMeasures.amount("", mapping(false))).isEmpty();
    }

    @Test
    void aStageLabelMappedTwiceIsRefused() {
        Map<String, Optional<String>> stages = new LinkedHashMap<>();
        stages.put("Closed Won", Optional.of("customer"));
        stages.put(" closed won ", Optional.of("customer"));

        assertThatThrownBy(() ->
                        new CrmSourceMapping(Optional.empty(), CrmDateFormat.ISO, Optional.empty(), false, stages))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aColumnFilterCountsOnlyTheRowsHoldingItsValueAndSkipsTheOthersNamingTheColumn() {
        CrmSourceMapping m = mapping(false);
        CrmSourceMapping filtered = new CrmSourceMapping(
                Optional.empty(),
                m.dateFormat(),
                m.currency(),
                false,
                m.stages(),
                Optional.of(new CrmColumnFilter(" Opportunity Type ", "New Business")));
        Deal kept = new Deal(2, "d2", "Closed Won", "", "1,000", "2026-09-03", "2026-08-01", Map.of(), " new business");
        Deal upsell = new Deal(3, "d3", "Closed Won", "", "9,000", "2026-09-04", "2026-08-02", Map.of(), "Upsell");

        DealMeasures.Derivation derivation = DealMeasures.derive(filtered, FUNNEL, withoutEntryDates(kept, upsell));

        assertThat(derivation.months().get(SEPTEMBER).get("deals")).isEqualByComparingTo("1");
        assertThat(derivation.months().get(SEPTEMBER).get("average_deal_value")).isEqualByComparingTo("1000");
        assertThat(derivation.skipped())
                .containsExactly(new SkippedDeal(3, SkippedDeal.Reason.FILTERED_OUT, "Opportunity Type", "Upsell"));
    }

    @Test
    void aColumnFilterNeedsAColumnAndAValue() {
        assertThatThrownBy(() -> new CrmColumnFilter(" ", "New Business"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).phrase().code())
                .isEqualTo("field.CRM_FILTER_COLUMN");
        assertThatThrownBy(() -> new CrmColumnFilter("Type", null))
                .extracting(e -> ((InvalidValueException) e).phrase().code())
                .isEqualTo("field.CRM_FILTER_VALUE");
    }
}
