package dev.baton.adapters.web.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SparklineTest {

    private static Optional<BigDecimal> v(String value) {
        return Optional.of(new BigDecimal(value));
    }

    @Test
    void aRisingTrendRunsFromTheBottomLeftToTheTopRight() {
        assertThat(Sparkline.points(List.of(v("10"), v("20")))).isEqualTo("2.0,25.0 118.0,3.0");
    }

    @Test
    void aFlatTrendRunsAcrossTheMiddle() {
        assertThat(Sparkline.points(List.of(v("5"), v("5"), v("5")))).isEqualTo("2.0,14.0 60.0,14.0 118.0,14.0");
    }

    @Test
    void aPeriodWithoutAValueIsLeftOutButKeepsItsPlace() {
        assertThat(Sparkline.points(List.of(v("0"), Optional.empty(), v("100"))))
                .isEqualTo("2.0,25.0 118.0,3.0");
    }

    @Test
    void fewerThanTwoValuesDrawNothing() {
        assertThat(Sparkline.drawable(List.of(v("1"), Optional.empty()))).isFalse();
        assertThat(Sparkline.points(List.of(v("1"), Optional.empty()))).isEmpty();
        assertThat(Sparkline.drawable(List.of(v("1"), v("2")))).isTrue();
    }

    @Test
    void aCoordinateIsWrittenAsTheFormatterWouldWriteIt() {
        java.util.Random random = new java.util.Random(18);
        for (int i = 0; i < 20_000; i++) {
            // Halves (x.x5) are where rounding differs between ways of writing a double.
            double value = i % 2 == 0 ? random.nextInt(2600) / 20.0 : random.nextDouble() * 130;
            assertThat(Sparkline.oneDecimal(value))
                    .as("%s", value)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", value));
        }
    }
}
