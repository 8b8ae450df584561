package dev.baton.domain.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a measure recorded for shorter periods makes up its value for a longer one: a quarter from its months, a year
 * from its quarters. Only measures roll up; a computed metric is computed afresh from its rolled-up measures (a
 * quarter's CAC is the quarter's spend over the quarter's new customers, never a mean of monthly CACs), so its own
 * roll-up is {@link #NONE}.
 */
public enum RollUp {

    /** A flow: the longer period holds what happened in each of its parts (revenue, leads, churned customers). */
    SUM,

    /** An opening stock: the longer period starts where its first part starts (customers at start, MRR at start). */
    FIRST,

    /** A closing stock: the longer period ends where its last part ends (paying customers). */
    LAST,

    /**
     * An attribute or an average (ARPU, win rate, gross margin): the plain, unweighted mean of the parts, since the
     * weights (users, deals, revenue) are not recorded alongside.
     */
    MEAN,

    /**
     * Cannot be combined honestly: the previous period's revenue of a quarter is not the sum of its months' previous
     * revenues, nor are a quarter's purchasing customers the sum of each month's. Record it for the longer period.
     */
    NONE;

    /** Intermediate precision, as for formulas: a mean is rounded only where a metric's final value is. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /**
     * Combines the values of the parts that have one, in time order. Empty for {@link #NONE} and when no part has a
     * value; parts without a value are left out before calling, so a running quarter combines the months it has.
     */
    public Optional<BigDecimal> combine(List<BigDecimal> parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty() || this == NONE) {
            return Optional.empty();
        }
        if (this == FIRST) {
            return Optional.of(parts.get(0));
        }
        if (this == LAST) {
            return Optional.of(parts.get(parts.size() - 1));
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(this == SUM ? sum : sum.divide(BigDecimal.valueOf(parts.size()), PRECISION));
    }
}
