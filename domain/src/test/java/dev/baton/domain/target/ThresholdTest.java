package dev.baton.domain.target;

import static dev.baton.domain.shared.Refusals.phraseOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.shared.Phrase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ThresholdTest {

    @Test
    void atLeastAtMostAndBetweenTellWhetherAValueMeetsTheBar() {
        assertThat(Threshold.atLeast("100").isMet(new BigDecimal("100"))).isTrue();
        assertThat(Threshold.atLeast("100").isMet(new BigDecimal("99.99"))).isFalse();
        assertThat(Threshold.atMost("500").isMet(new BigDecimal("500.00"))).isTrue();
        assertThat(Threshold.atMost("500").isMet(new BigDecimal("501"))).isFalse();
        assertThat(Threshold.between("10", "20").isMet(BigDecimal.TEN)).isTrue();
        assertThat(Threshold.between("10", "20").isMet(new BigDecimal("20.1"))).isFalse();
    }

    @Test
    void aBarReadsWithThousandsSeparatorsLikeTheActualsBesideIt() {
        assertThat(Threshold.atLeast("150000").display(Unit.CURRENCY)).isEqualTo("≥ 150,000");
        assertThat(Threshold.atMost("1250.5").display(Unit.COUNT)).isEqualTo("≤ 1,250.5");
        assertThat(Threshold.between("10", "20").display(Unit.PERCENT)).isEqualTo("10–20 %");
        assertThat(Threshold.atLeast("2.995").display(Unit.RATIO)).isEqualTo("≥ 2.995");
    }

    @Test
    void theBarsPlainFormKeepsNumbersAsTheyAreForMachines() {
        assertThat(Threshold.atLeast("150000").toString()).isEqualTo("≥ 150000");
    }

    @Test
    void betweenWithItsMinimumAboveItsMaximumIsRefusedNamingBoth() {
        assertThat(phraseOf(() -> Threshold.between("900", "800")))
                .isEqualTo(Phrase.of("field.MIN_ABOVE_MAX", "900", "800"));
    }

    @Test
    void aThresholdWithoutItsNumberIsRefusedSayingWhichIsMissing() {
        assertThat(phraseOf(() -> Threshold.atLeast((BigDecimal) null)))
                .isEqualTo(Phrase.of("field.AT_LEAST_NEEDS_NUMBER"));
        assertThat(phraseOf(() -> Threshold.between(BigDecimal.ONE, null)))
                .isEqualTo(Phrase.of("field.BETWEEN_NEEDS_MAXIMUM"));
        assertThat(phraseOf(() -> Threshold.atMost("lots")))
                .isEqualTo(Phrase.of("field.THRESHOLD_NOT_A_NUMBER", "lots"));
    }

    @Test
    void atMostOnAHigherIsBetterMetricRunsAgainstItsDirection() {
        assertThat(Threshold.atMost("5").against(Direction.HIGHER_IS_BETTER)).isTrue();
        assertThat(Threshold.atLeast("5").against(Direction.LOWER_IS_BETTER)).isTrue();
        assertThat(Threshold.atLeast("5").against(Direction.HIGHER_IS_BETTER)).isFalse();
        assertThat(Threshold.between("1", "5").against(Direction.LOWER_IS_BETTER))
                .isFalse();
    }

    @Test
    void thresholdsCompareTheirNumbersByValue() {
        assertThat(Threshold.atMost("500")).isEqualTo(Threshold.atMost("500.00"));
        assertThat(Threshold.atMost("500").hashCode())
                .isEqualTo(Threshold.atMost("5E+2").hashCode());
        assertThat(Threshold.atMost("500")).isNotEqualTo(Threshold.atLeast("500"));
    }

    @Test
    void overlapAndPushFollowTheComparison() {
        assertThat(Threshold.atMost("500").overlaps(Threshold.atLeast("800"))).isFalse();
        assertThat(Threshold.atMost("900").overlaps(Threshold.atLeast("800"))).isTrue();
        assertThat(Threshold.between("1", "2").overlaps(Threshold.between("2", "3")))
                .isTrue();
        assertThat(Threshold.atLeast("1").push()).contains(Push.UP);
        assertThat(Threshold.atMost("1").push()).contains(Push.DOWN);
        assertThat(Threshold.between("1", "2").push()).isEmpty();
    }
}
