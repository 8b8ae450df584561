package dev.baton.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.adapters.web.kpi.KpiChart;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiChartTest {

    @Test
    void periodsWithoutAnActualLeaveAGapAndTheBarIsDrawnToTheSameScale() {
        KpiChart.Drawing drawing = KpiChart.draw(
                List.of(Optional.of(new BigDecimal("50")), Optional.empty(), Optional.of(new BigDecimal("100"))),
                List.of("2026-Q2", "2026-Q3", "2026-Q4"),
                Optional.of(new BigDecimal("100")),
                Optional.empty());
        assertThat(drawing.dots()).extracting(KpiChart.Dot::label).containsExactly("2026-Q2", "2026-Q4");
        assertThat(drawing.dots().get(1).y()).isEqualTo(drawing.lowerY().orElseThrow());
        assertThat(drawing.dots().get(0).y())
                .isGreaterThan(drawing.dots().get(1).y());
        assertThat(drawing.line())
                .isEqualTo(
                        drawing.dots().get(0).x() + "," + drawing.dots().get(0).y() + " "
                                + drawing.dots().get(1).x() + ","
                                + drawing.dots().get(1).y());
        assertThat(drawing.upperY()).isEmpty();
    }

    @Test
    void noActualAtAllDrawsNoLine() {
        KpiChart.Drawing drawing = KpiChart.draw(
                List.of(Optional.empty()), List.of("2026-Q4"), Optional.empty(), Optional.of(BigDecimal.TEN));
        assertThat(drawing.line()).isEmpty();
        assertThat(drawing.dots()).isEmpty();
    }

    @Test
    void aRunningPeriodsPaceIsMarkedAtItsPlaceToScale() {
        KpiChart.Drawing drawing = KpiChart.draw(
                List.of(Optional.of(new BigDecimal("100")), Optional.empty()),
                List.of("2026-Q3", "2026-Q4"),
                Optional.of(new BigDecimal("100")),
                Optional.empty(),
                Optional.of(new BigDecimal("50")));
        KpiChart.Dot pace = drawing.pace().orElseThrow();
        assertThat(pace.label()).isEqualTo("2026-Q4");
        assertThat(pace.x()).isGreaterThan(drawing.dots().get(0).x());
        assertThat(pace.y()).isGreaterThan(drawing.lowerY().orElseThrow());
    }

    @Test
    void completedPeriodsOnlyDrawNoPace() {
        KpiChart.Drawing drawing = KpiChart.draw(
                List.of(Optional.of(BigDecimal.ONE)), List.of("2026-Q3"), Optional.empty(), Optional.empty());
        assertThat(drawing.pace()).isEmpty();
    }
}
