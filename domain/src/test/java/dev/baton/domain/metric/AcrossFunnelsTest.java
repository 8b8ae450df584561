package dev.baton.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.AcrossFunnels.Part;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcrossFunnelsTest {

    private static Part part(String value) {
        return Part.of(new BigDecimal(value));
    }

    private static Part part(String value, String weight) {
        return new Part(new BigDecimal(value), Optional.of(new BigDecimal(weight)));
    }

    private static BigDecimal combined(AcrossFunnels rule, Part... parts) {
        return rule.combine(List.of(parts)).orElseThrow();
    }

    @Test
    void flowsAndStocksAddUpAcrossFunnels() {
        assertThat(combined(AcrossFunnels.SUM, part("1200"), part("800"))).isEqualByComparingTo("2000");
    }

    @Test
    void twoFunnelsAtAnArpuOf100GiveAnArpuOf100() {
        AcrossFunnels arpu = AcrossFunnels.weightedBy("paying_customers");
        assertThat(combined(arpu, part("100"), part("100"))).isEqualByComparingTo("100");
        assertThat(combined(arpu, part("100", "30"), part("100", "70"))).isEqualByComparingTo("100");
        assertThat(combined(AcrossFunnels.MEAN, part("100"), part("100"))).isEqualByComparingTo("100");
    }

    @Test
    void aWeightedMeanCountsEachFunnelByItsWeight() {
        // 10 customers at 100 and 30 at 200: the organisation's MRR is 7,000 over 40 customers.
        AcrossFunnels arpu = AcrossFunnels.weightedBy("paying_customers");
        assertThat(combined(arpu, part("100", "10"), part("200", "30"))).isEqualByComparingTo("175");
    }

    @Test
    void aWeightedMeanFallsBackToThePlainMeanWhenAFunnelLacksItsWeightOrAllWeightsAreZero() {
        AcrossFunnels arpu = AcrossFunnels.weightedBy("paying_customers");
        assertThat(combined(arpu, part("100", "10"), part("200"))).isEqualByComparingTo("150");
        assertThat(combined(arpu, part("100", "0"), part("200", "0"))).isEqualByComparingTo("150");
    }

    @Test
    void thePlainMeanNeverAddsUp() {
        assertThat(combined(AcrossFunnels.MEAN, part("12"), part("24"), part("36")))
                .isEqualByComparingTo("24");
    }

    @Test
    void noFunnelWithAValueGivesNoValue() {
        assertThat(AcrossFunnels.SUM.combine(List.of())).isEmpty();
        assertThat(AcrossFunnels.weightedBy("deals").combine(List.of())).isEmpty();
    }

    @Test
    void onlyAWeightedMeanNamesAWeight() {
        assertThatThrownBy(() -> new AcrossFunnels(AcrossFunnels.Kind.SUM, Optional.of(MetricKey.of("deals"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AcrossFunnels(AcrossFunnels.Kind.WEIGHTED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
