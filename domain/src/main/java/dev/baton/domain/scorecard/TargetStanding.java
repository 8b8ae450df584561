package dev.baton.domain.scorecard;

import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.target.Threshold;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A target's standing: its attainment and, for NO_DATA, why. The direction that counts is the threshold's own, not the
 * metric's: "CAC at most 500" is met by 400 whichever way CAC is usually good, and a BETWEEN band is missed on either
 * side (several goal trackers treat every target as "higher is better" and get these wrong).
 */
public record TargetStanding(Attainment attainment, Optional<BigDecimal> actual, Optional<LocalizedText> reason) {

    public TargetStanding {
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reason, "reason");
    }

    public static TargetStanding of(Threshold threshold, MetricValue actual, Tolerance tolerance) {
        if (actual instanceof MetricValue.Unavailable unavailable) {
            return new TargetStanding(
                    Attainment.NO_DATA,
                    Optional.empty(),
                    Optional.of(unavailable.reason().message()));
        }
        BigDecimal value = ((MetricValue.Computed) actual).value();
        return new TargetStanding(judge(threshold, value, tolerance), Optional.of(value), Optional.empty());
    }

    static Attainment judge(Threshold threshold, BigDecimal value, Tolerance tolerance) {
        if (threshold.isMet(value)) {
            return Attainment.ON_TRACK;
        }
        BigDecimal width = threshold
                .lower()
                .flatMap(low -> threshold.upper().map(high -> high.subtract(low)))
                .orElse(BigDecimal.ZERO);
        Optional<BigDecimal> low = threshold.lower().filter(l -> value.compareTo(l) < 0);
        if (low.isPresent()) {
            return withinBand(low.get().subtract(value), low.get(), width, tolerance);
        }
        BigDecimal high = threshold.upper().orElseThrow();
        return withinBand(value.subtract(high), high, width, tolerance);
    }

    private static Attainment withinBand(BigDecimal miss, BigDecimal bound, BigDecimal width, Tolerance tolerance) {
        BigDecimal band = bound.signum() != 0 ? tolerance.of(bound) : tolerance.of(width);
        return miss.compareTo(band) <= 0 ? Attainment.AT_RISK : Attainment.OFF_TRACK;
    }
}
