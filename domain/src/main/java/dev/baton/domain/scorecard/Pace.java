package dev.baton.domain.scorecard;

import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.Threshold;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * How a target of a running period stands on pace. For a flow (see {@link FlowMetrics}) the bar to date is the bound
 * × the elapsed share, and the run rate projects the actual to date to the period's end (actual ÷ elapsed share):
 * 2,000 leads two thirds into a quarter with "at least 3,000" are exactly on pace, expected 2,000, projected 3,000.
 * The bound of a band (BETWEEN) to date is its lower end. A rate, an average or a stock has no projection: it is its
 * value to date. Early in the period ({@link ElapsedShare#early()}) a flow's projection is held back.
 *
 * <p>All numbers are unrounded; they are rounded only to be shown.
 *
 * @param expectedToDate for a flow, the bound × the elapsed share
 * @param projected for a flow not held back, the actual to date ÷ the elapsed share
 */
public record Pace(
        ElapsedShare elapsed,
        boolean flow,
        boolean heldBack,
        Optional<BigDecimal> expectedToDate,
        Optional<BigDecimal> projected) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public Pace {
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(expectedToDate, "expectedToDate");
        Objects.requireNonNull(projected, "projected");
    }

    /** The pace of a running target whose actual has no value yet: only the share the data covers. */
    public static Pace withoutActual(ElapsedShare elapsed) {
        return new Pace(elapsed, false, false, Optional.empty(), Optional.empty());
    }

    public static Pace of(Threshold threshold, BigDecimal actualToDate, ElapsedShare elapsed, boolean flow) {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(actualToDate, "actualToDate");
        Objects.requireNonNull(elapsed, "elapsed");
        if (!flow) {
            return new Pace(elapsed, false, false, Optional.empty(), Optional.empty());
        }
        BigDecimal bound = threshold.comparison() == Comparison.AT_MOST
                ? threshold.upper().orElseThrow()
                : threshold.lower().orElseThrow();
        Optional<BigDecimal> expected = Optional.of(bound.multiply(elapsed.value(), PRECISION));
        if (elapsed.early()) {
            return new Pace(elapsed, true, true, expected, Optional.empty());
        }
        return new Pace(elapsed, true, false, expected, Optional.of(actualToDate.divide(elapsed.value(), PRECISION)));
    }

    /** The number a running target is judged on: the projection of a flow, the value to date of anything else. */
    BigDecimal judged(BigDecimal actualToDate) {
        return projected.orElse(actualToDate);
    }
}
