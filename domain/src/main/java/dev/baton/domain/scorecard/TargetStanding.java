package dev.baton.domain.scorecard;

import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.metric.evaluation.Rounding;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.Threshold;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A target's standing: its attainment and, for NO_DATA, why. The direction that counts is the threshold's own, not the
 * metric's: "CAC at most 500" is met by 400 whichever way CAC is usually good, and a BETWEEN band is missed on either
 * side (several goal trackers treat every target as "higher is better" and get these wrong).
 *
 * <p>The judgment takes the <b>unrounded</b> value: an LTV / CAC of 2.995 is shown as 3.00 but does not meet "at least
 * 3". A target whose period is still running is judged on its {@link Pace}: a flow on its projection to the period's
 * end (AT_LEAST and AT_MOST with the tolerance, BETWEEN against both ends), anything else on its value to date; early
 * in the period a flow's status is held back (NO_DATA, with the reason).
 *
 * @param actual the actual as shown, rounded for its unit
 * @param pace present while the target's period is running
 */
public record TargetStanding(
        Attainment attainment, Optional<BigDecimal> actual, Optional<Phrase> reason, Optional<Pace> pace) {

    public TargetStanding {
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(pace, "pace");
    }

    public TargetStanding(Attainment attainment, Optional<BigDecimal> actual, Optional<Phrase> reason) {
        this(attainment, actual, reason, Optional.empty());
    }

    /** The standing of a target whose period has ended, against its actual. */
    public static TargetStanding of(Threshold threshold, MetricValue actual, Tolerance tolerance) {
        return of(threshold, actual, tolerance, Optional.empty(), false);
    }

    /**
     * @param actual the actual, preferably unrounded ({@code MetricEvaluator.unrounded}); it is rounded here to be shown
     * @param running the share of the period in, when the target's period is still running
     * @param flow whether the metric is a flow ({@link FlowMetrics}), to be projected while running
     */
    public static TargetStanding of(
            Threshold threshold,
            MetricValue actual,
            Tolerance tolerance,
            Optional<ElapsedShare> running,
            boolean flow) {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(running, "running");
        if (actual instanceof MetricValue.Unavailable unavailable) {
            return new TargetStanding(
                    Attainment.NO_DATA,
                    Optional.empty(),
                    Optional.of(unavailable.reason().phrase()),
                    running.map(share -> Pace.withoutActual(ElapsedShare.none())));
        }
        MetricValue.Computed computed = (MetricValue.Computed) actual;
        BigDecimal value = computed.value();
        Optional<BigDecimal> shown = Optional.of(Rounding.round(value, computed.unit()));
        if (running.isEmpty()) {
            return new TargetStanding(judge(threshold, value, tolerance), shown, Optional.empty(), Optional.empty());
        }
        Pace pace = Pace.of(threshold, value, running.get(), flow);
        if (pace.heldBack()) {
            return new TargetStanding(Attainment.NO_DATA, shown, Optional.of(heldBack(pace)), Optional.of(pace));
        }
        return new TargetStanding(
                judge(threshold, pace.judged(value), tolerance), shown, Optional.empty(), Optional.of(pace));
    }

    private static Phrase heldBack(Pace pace) {
        return Phrase.of("standing.PACE_HELD_BACK", pace.elapsed().percent());
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
