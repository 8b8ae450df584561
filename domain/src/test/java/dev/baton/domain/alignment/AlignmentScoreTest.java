package dev.baton.domain.alignment;

import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlignmentScoreTest {

    @Test
    void theScoreIsTheCoveredShareMinusTenPerViolation() {
        assertThat(AlignmentScore.of(1, 2, 1)).isEqualTo(40);
        assertThat(AlignmentScore.of(2, 3, 0)).isEqualTo(67);
        assertThat(AlignmentScore.of(3, 3, 2)).isEqualTo(80);
    }

    @Test
    void aPlanWithoutHandoffsCoversThemAll() {
        assertThat(AlignmentScore.of(0, 0, 0)).isEqualTo(100);
    }

    @Test
    void theScoreNeverFallsBelowZero() {
        assertThat(AlignmentScore.of(1, 4, 7)).isZero();
    }

    @Test
    void theFormulaIsSpelledOutWithTheNumbers() {
        assertThat(en(AlignmentScore.explanation(1, 2, 1)))
                .startsWith(en(AlignmentScore.formula()))
                .startsWith("round(100 × covered handoffs ÷ handoffs) − 10 × violations, never below 0")
                .endsWith("round(100 × 1 ÷ 2) − 10 × 1 = 40");
    }

    @Test
    void theFormulaIsSpelledOutInChineseToo() {
        assertThat(zh(AlignmentScore.explanation(1, 2, 1)))
                .startsWith("round(100 × 已覆盖交接数 ÷ 交接数) − 10 × 违规数")
                .endsWith("：round(100 × 1 ÷ 2) − 10 × 1 = 40");
        assertThat(en(AlignmentScore.explanation(0, 0, 0))).endsWith(": 100 − 10 × 0 = 100");
    }

    @Test
    void moreCoveredHandoffsThanHandoffsIsRefused() {
        assertThatThrownBy(() -> AlignmentScore.of(3, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
