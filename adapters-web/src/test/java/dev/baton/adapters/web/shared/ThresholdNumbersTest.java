package dev.baton.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.shared.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdNumbersTest {

    @Test
    void readsTypedNumbersWithThousandsSeparators() {
        assertThat(ThresholdNumbers.parse(" 1,800,000 ")).isEqualByComparingTo(new BigDecimal("1800000"));
        assertThat(ThresholdNumbers.parse("0.8")).isEqualByComparingTo(new BigDecimal("0.8"));
        assertThat(ThresholdNumbers.parse("")).isNull();
        assertThat(ThresholdNumbers.parse("lots")).isNull();
    }

    @Test
    void aMissingNumberThatWasTypedAsTextIsSaidToBeNoNumber() {
        FieldError missing = FieldError.of("threshold.value", "field.TARGET_NEEDS_NUMBER_REACH");

        List<FieldError> said = ThresholdNumbers.refusals(List.of(missing), "lots", "", "");

        assertThat(said).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("threshold.value");
            assertThat(err.phrase().code()).isEqualTo("field.NOT_A_NUMBER");
        });
    }

    @Test
    void aNumberLeftEmptyOrAnotherFieldsRefusalIsKeptAsItWas() {
        FieldError missing = FieldError.of("threshold.value", "field.TARGET_NEEDS_NUMBER_REACH");
        FieldError metric = FieldError.of("threshold.type", "field.CHOOSE_HOW_NUMBER_COMPARED");

        assertThat(ThresholdNumbers.refusals(List.of(missing, metric), "", "lots", ""))
                .containsExactly(missing, metric);
    }
}
