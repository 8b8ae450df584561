package dev.baton.adapters.web.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.planning.WaterfallRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanFormTest {

    private static PlanForm typed(Map<String, List<String>> fields) {
        return PlanForm.of(fields);
    }

    @Test
    void theRatesAreTheFieldsNamedRateDotBoundaryAndEmptyOnesAreLeftToHistory() {
        PlanForm form = typed(Map.of(
                "funnel", List.of("7"),
                "goal", List.of("150000"),
                "rate.sql>won", List.of("30"),
                "rate.mql>sql", List.of(" ")));

        WaterfallRequest request = form.request();

        assertThat(request.funnel()).isEqualTo(7L);
        assertThat(request.goal().metric()).isEqualTo("new_revenue");
        assertThat(request.rates()).containsOnlyKeys("sql>won");
        assertThat(request.rates().get("sql>won")).isEqualByComparingTo("30");
        assertThat(request.averageDealValue()).isNull();
        assertThat(request.history()).isNull();
    }

    @Test
    void aNumberThatDoesNotParseIsPassedAsAnImpossibleOneSoItsFieldIsRefused() {
        PlanForm form = typed(Map.of("funnel", List.of("x"), "goal", List.of("lots"), "rate.sql>won", List.of("a")));

        WaterfallRequest request = form.request();

        assertThat(request.funnel()).isEqualTo(-1L);
        assertThat(request.goal().value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(request.rates().get("sql>won")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(form.goal()).isEqualTo("lots");
    }

    @Test
    void theQueryOpensTheSamePlanAgain() {
        PlanForm form = typed(Map.of(
                "funnel",
                List.of("7"),
                "period",
                List.of("2027-Q1"),
                "goal",
                List.of("150000"),
                "rate.sql>won",
                List.of("30")));

        assertThat(form.query())
                .contains("funnel=7", "period=2027-Q1", "goalMetric=new_revenue", "goal=150000", "rate.sql%3Ewon=30");
    }

    @Test
    void withoutAFunnelOrAGoalNothingIsAskedYet() {
        assertThat(typed(Map.of("funnel", List.of("7"))).asked()).isFalse();
        assertThat(typed(Map.of("funnel", List.of("7"), "goal", List.of("1"))).asked())
                .isTrue();
    }
}
