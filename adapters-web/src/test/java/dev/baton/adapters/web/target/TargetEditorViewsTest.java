package dev.baton.adapters.web.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.adapters.web.target.TargetEditorView.ContextView;
import dev.baton.adapters.web.target.TargetEditorView.PastView;
import dev.baton.application.target.TargetEditor.NumberContext;
import dev.baton.application.target.TargetEditor.PastActual;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetEditorViewsTest {

    private static NumberContext context(Optional<BigDecimal> min, Optional<BigDecimal> max) {
        return context(min, max, Optional.empty());
    }

    private static NumberContext context(
            Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<BigDecimal> planned) {
        return new NumberContext(
                MetricKey.of("conversion_rate"),
                Optional.empty(),
                Period.parse("2026-Q4"),
                List.of(
                        new PastActual(Period.parse("2026-Q1"), Optional.of(new BigDecimal("12.345"))),
                        new PastActual(Period.parse("2026-Q2"), Optional.empty()),
                        new PastActual(Period.parse("2026-Q3"), Optional.of(new BigDecimal("1500")))),
                min,
                max,
                planned);
    }

    @Test
    void anAdoptedPlansRequirementIsShownAsGivenAndNoneIsEmpty() {
        assertThat(TargetEditorViews.context(
                                context(Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("990"))),
                                Unit.COUNT)
                        .planned())
                .isEqualTo("990");
        assertThat(TargetEditorViews.context(context(Optional.empty(), Optional.empty()), Unit.COUNT)
                        .planned())
                .isEmpty();
    }

    @Test
    void pastActualsAreRoundedForDisplayWithTheUnitAndAMissingOneIsEmpty() {
        ContextView view = TargetEditorViews.context(context(Optional.empty(), Optional.empty()), Unit.PERCENT);

        assertThat(view.history())
                .containsExactly(
                        new PastView("2026-Q1", "12.34 %"),
                        new PastView("2026-Q2", ""),
                        new PastView("2026-Q3", "1,500 %"));
        assertThat(view.history().get(1).known()).isFalse();
        assertThat(view.implied()).isFalse();
    }

    @Test
    void anImpliedBoundKeepsTheDecimalsTheEngineGaveIt() {
        ContextView view = TargetEditorViews.context(
                context(Optional.of(new BigDecimal("47619.05")), Optional.empty()), Unit.CURRENCY);

        assertThat(view.impliedMin()).isEqualTo("47,619.05");
        assertThat(view.impliedMax()).isEmpty();
        assertThat(view.implied()).isTrue();
    }
}
