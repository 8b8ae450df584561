package dev.baton.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DisplayNumbersTest {

    @Test
    void aComputedValueIsGroupedByThousandsAndRoundedHalfEvenToTwoDecimals() {
        assertThat(DisplayNumbers.number(new BigDecimal("157500"))).isEqualTo("157,500");
        assertThat(DisplayNumbers.number(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
        assertThat(DisplayNumbers.number(new BigDecimal("0.125"))).isEqualTo("0.12");
        assertThat(DisplayNumbers.number(new BigDecimal("2.50"))).isEqualTo("2.5");
    }

    @Test
    void aNegativeValueKeepsItsSignAndATinyOneIsNotMinusZero() {
        assertThat(DisplayNumbers.number(new BigDecimal("-1500"))).isEqualTo("-1,500");
        assertThat(DisplayNumbers.number(new BigDecimal("-0.001"))).isEqualTo("0");
    }

    @Test
    void aPercentageCarriesItsSign() {
        assertThat(DisplayNumbers.number(new BigDecimal("12.345"), Unit.PERCENT))
                .isEqualTo("12.34 %");
        assertThat(DisplayNumbers.number(new BigDecimal("12.345"), Unit.CURRENCY))
                .isEqualTo("12.34");
    }

    @Test
    void anExactNumberKeepsEveryDecimalItCarries() {
        assertThat(DisplayNumbers.exact(new BigDecimal("150000"))).isEqualTo("150,000");
        assertThat(DisplayNumbers.exact(new BigDecimal("2.995"))).isEqualTo("2.995");
        assertThat(DisplayNumbers.exact(new BigDecimal("5000.00"))).isEqualTo("5,000.00");
        assertThat(DisplayNumbers.exact(new BigDecimal("1E+3"))).isEqualTo("1,000");
    }

    @Test
    void theLargestDecimalsAreWrittenInFull() {
        BigDecimal huge = new BigDecimal("9".repeat(40) + ".99");
        assertThat(DisplayNumbers.exact(huge)).startsWith("9,999,999,999").endsWith("999.99");
        assertThat(DisplayNumbers.number(new BigDecimal("1E+30")))
                .isEqualTo("1,000,000,000,000,000,000,000,000,000,000");
    }
}
