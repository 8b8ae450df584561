package dev.baton.domain.measure;

import static dev.baton.domain.shared.Refusals.phraseOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.shared.InvalidValueException;
import dev.baton.domain.shared.Phrase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureValueTest {

    @Test
    void aValueIsKeptExactlyAndWrittenWithoutExponentOrTrailingZeros() {
        assertThat(MeasureValue.parse("1800000").format()).isEqualTo("1800000");
        assertThat(MeasureValue.parse("1.8e6").format()).isEqualTo("1800000");
        assertThat(MeasureValue.parse(" 0.80 ").format()).isEqualTo("0.8");
        assertThat(MeasureValue.parse("0.0000000001").amount()).isEqualByComparingTo("1e-10");
        assertThat(MeasureValue.of(new BigDecimal("0.000")).format()).isEqualTo("0");
    }

    @Test
    void equalAmountsWrittenDifferentlyAreTheSameValue() {
        assertThat(MeasureValue.parse("360.00")).isEqualTo(MeasureValue.of(360));
    }

    @Test
    void aNegativeValueIsRefused() {
        assertThat(phraseOf(() -> MeasureValue.parse("-1"))).isEqualTo(Phrase.of("field.MEASURE_NEGATIVE", "-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "Infinity", "1,000", "12%", ""})
    void textThatIsNotAPlainNumberIsRefused(String text) {
        assertThatThrownBy(() -> MeasureValue.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aValueTheStoreCannotHoldExactlyIsRefused() {
        assertThat(phraseOf(() -> MeasureValue.parse("0.00000000001")))
                .isEqualTo(Phrase.of("field.MEASURE_TOO_MANY_DECIMALS", 10));
        assertThat(phraseOf(() -> MeasureValue.parse("1e28")))
                .isEqualTo(Phrase.of("field.MEASURE_TOO_MANY_DIGITS", 28));
        assertThat(MeasureValue.parse("9999999999999999999999999999").format()).hasSize(28);
        assertThatThrownBy(() -> MeasureValue.parse("1".repeat(61))).isInstanceOf(InvalidValueException.class);
    }
}
