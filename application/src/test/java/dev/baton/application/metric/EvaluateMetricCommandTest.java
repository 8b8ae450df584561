package dev.baton.application.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluateMetricCommandTest {

    private static final MetricKey AOV = MetricKey.of("average_order_value");

    @Test
    void numbersAndNumericTextBecomeExactDecimalsAndBlanksAreNotGiven() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("revenue", new BigDecimal("1800000.10"));
        raw.put("orders", " 360 ");
        raw.put("visits", "");
        raw.put("leads", null);

        EvaluateMetricCommand command = EvaluateMetricCommand.of(AOV, null, null, raw);

        assertThat(command.measures())
                .containsOnlyKeys(MetricKey.of("revenue"), MetricKey.of("orders"))
                .containsEntry(MetricKey.of("orders"), new BigDecimal("360"));
        assertThat(command.scope()).isEmpty();
    }

    @Test
    void everyValueThatIsNotANumberIsNamed() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("revenue", "abc");
        raw.put("orders", "1".repeat(100));
        raw.put("Bad Key", 1);

        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> EvaluateMetricCommand.of(AOV, "mql", "mql", raw));

        assertThat(refused.errors())
                .extracting(FieldError::field)
                .containsExactly("measures.revenue", "measures.orders", "measures.Bad Key", "scope");
    }

    @Test
    void aScopeNamesTwoStages() {
        EvaluateMetricCommand command = EvaluateMetricCommand.of(
                MetricKey.of("stage_conversion_rate"), " mql ", "sql", Map.of("entered:mql", 1));

        assertThat(command.scope()).contains(new StageScope("mql", "sql"));
    }
}
