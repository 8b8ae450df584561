package dev.baton.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpTest {

    private static final List<BigDecimal> PARTS =
            List.of(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("40"));

    @Test
    void aFlowAddsItsParts() {
        assertThat(RollUp.SUM.combine(PARTS)).contains(new BigDecimal("70"));
    }

    @Test
    void anOpeningStockIsItsFirstPartAndAClosingStockItsLast() {
        assertThat(RollUp.FIRST.combine(PARTS)).contains(new BigDecimal("10"));
        assertThat(RollUp.LAST.combine(PARTS)).contains(new BigDecimal("40"));
    }

    @Test
    void anAverageIsThePlainMeanOfItsPartsCarriedAtFullPrecision() {
        assertThat(RollUp.MEAN.combine(PARTS)).hasValueSatisfying(mean -> assertThat(mean)
                .isEqualByComparingTo("23.33333333333333333333333333333333"));
        assertThat(RollUp.MEAN.combine(List.of(new BigDecimal("500"), new BigDecimal("520"))))
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("510"));
    }

    @Test
    void whatCannotBeCombinedHonestlyHasNoValue() {
        assertThat(RollUp.NONE.combine(PARTS)).isEmpty();
    }

    @Test
    void nothingCombinesIntoNothing() {
        for (RollUp rollUp : RollUp.values()) {
            assertThat(rollUp.combine(List.of())).as(rollUp.name()).isEmpty();
        }
    }
}
