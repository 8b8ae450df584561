package dev.baton.domain.alignment.feasibility;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A closed interval of numbers whose ends may be infinite ({@code null}), each end carrying the premises it was derived
 * from. Arithmetic rounds outward (lower ends down, upper ends up, 34 significant digits), so an interval never
 * excludes a value it should hold. Division skips narrowing (answers "anything") rather than guess when the divisor
 * may be zero.
 */
public final class Interval {

    static final MathContext DOWN = new MathContext(34, RoundingMode.FLOOR);
    static final MathContext UP = new MathContext(34, RoundingMode.CEILING);

    private static final BigDecimal NOISE = new BigDecimal("1E-12");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final Interval EVERYTHING = new Interval(null, null, Why.NONE, Why.NONE);

    public final BigDecimal lo;
    public final BigDecimal hi;
    public final Why loWhy;
    public final Why hiWhy;

    Interval(BigDecimal lo, BigDecimal hi, Why loWhy, Why hiWhy) {
        this.lo = lo;
        this.hi = hi;
        this.loWhy = lo == null ? Why.NONE : loWhy;
        this.hiWhy = hi == null ? Why.NONE : hiWhy;
    }

    static Interval point(BigDecimal value, Why why) {
        return new Interval(value, value, why, why);
    }

    private static final Interval NON_NEGATIVE = new Interval(BigDecimal.ZERO, null, Why.NON_NEGATIVE, Why.NONE);

    static Interval nonNegative() {
        return NON_NEGATIVE;
    }

    boolean isEmpty() {
        return lo != null && hi != null && lo.compareTo(hi) > 0;
    }

    /** Whether this interval holds zero and nothing else. */
    boolean isZero() {
        return lo != null && hi != null && lo.signum() == 0 && hi.signum() == 0;
    }

    boolean containsZero() {
        return (lo == null || lo.signum() <= 0) && (hi == null || hi.signum() >= 0);
    }

    /** This interval cut down by {@code other}; an end is replaced only where {@code other} is strictly tighter. */
    Interval intersect(Interval other) {
        boolean tighterLo = other.lo != null && (lo == null || other.lo.compareTo(lo) > 0);
        boolean tighterHi = other.hi != null && (hi == null || other.hi.compareTo(hi) < 0);
        if (!tighterLo && !tighterHi) {
            return this;
        }
        return new Interval(
                tighterLo ? other.lo : lo,
                tighterHi ? other.hi : hi,
                tighterLo ? other.loWhy : loWhy,
                tighterHi ? other.hiWhy : hiWhy);
    }

    /** Whether this interval is strictly narrower than {@code before} at either end. */
    boolean narrowerThan(Interval before) {
        return (lo != null && (before.lo == null || lo.compareTo(before.lo) > 0))
                || (hi != null && (before.hi == null || hi.compareTo(before.hi) < 0));
    }

    /**
     * Whether this interval is narrower than {@code before} by more than rounding noise (a relative
     * {@code 1e-12}, or an empty interval): only such changes are worth propagating further, which keeps outward
     * rounding from feeding endless last-digit improvements around the network.
     */
    boolean significantlyNarrowerThan(Interval before) {
        if (isEmpty()) {
            return true;
        }
        return (lo != null && (before.lo == null || beyondNoise(lo.subtract(before.lo), before.lo)))
                || (hi != null && (before.hi == null || beyondNoise(before.hi.subtract(hi), before.hi)));
    }

    private static boolean beyondNoise(BigDecimal improvement, BigDecimal reference) {
        if (improvement.signum() <= 0) {
            return false;
        }
        BigDecimal scale = reference.abs().max(BigDecimal.ONE);
        return improvement.compareTo(scale.multiply(NOISE)) > 0;
    }

    boolean hasExplicitFiniteEnd() {
        return (lo != null && loWhy.explicit()) || (hi != null && hiWhy.explicit());
    }

    Interval plus(Interval other) {
        BigDecimal newLo =
                lo == null || other.lo == null ? null : lo.add(other.lo).round(DOWN);
        BigDecimal newHi =
                hi == null || other.hi == null ? null : hi.add(other.hi).round(UP);
        return new Interval(newLo, newHi, Why.union(loWhy, other.loWhy), Why.union(hiWhy, other.hiWhy));
    }

    Interval negate() {
        return new Interval(hi == null ? null : hi.negate(), lo == null ? null : lo.negate(), hiWhy, loWhy);
    }

    Interval minus(Interval other) {
        return plus(other.negate());
    }

    Interval times(Interval other) {
        if (lo != null && other.lo != null && lo.signum() >= 0 && other.lo.signum() >= 0) {
            return timesNonNegative(other);
        }
        Corner[] corners = {
            Corner.product(lower(), other.lower()),
            Corner.product(lower(), other.upper()),
            Corner.product(upper(), other.lower()),
            Corner.product(upper(), other.upper())
        };
        Corner min = corners[0];
        Corner max = corners[0];
        for (int i = 1; i < corners.length; i++) {
            if (corners[i].compareTo(min) < 0) {
                min = corners[i];
            }
            if (corners[i].compareTo(max) > 0) {
                max = corners[i];
            }
        }
        BigDecimal newLo = min.infinity != 0 ? null : min.value.round(DOWN);
        BigDecimal newHi = max.infinity != 0 ? null : max.value.round(UP);
        if (min.infinity > 0 || max.infinity < 0) {
            return EVERYTHING;
        }
        return new Interval(newLo, newHi, Why.union(min.why, min.otherWhy), Why.union(max.why, max.otherWhy));
    }

    /** The product of two intervals that lie at or above zero: the lower ends and the upper ends multiply. */
    private Interval timesNonNegative(Interval other) {
        BigDecimal newLo = lo.multiply(other.lo, DOWN);
        BigDecimal newHi = null;
        Why newHiWhy = Why.NONE;
        if (hi != null && other.hi != null) {
            newHi = hi.multiply(other.hi, UP);
            newHiWhy = Why.union(hiWhy, other.hiWhy);
        } else if (hi != null && hi.signum() == 0) {
            newHi = BigDecimal.ZERO;
            newHiWhy = hiWhy;
        } else if (other.hi != null && other.hi.signum() == 0) {
            newHi = BigDecimal.ZERO;
            newHiWhy = other.hiWhy;
        }
        return new Interval(newLo, newHi, Why.union(loWhy, other.loWhy), newHiWhy);
    }

    /**
     * This interval divided by {@code divisor}. {@code divisorNonZero} says the divisor is known not to be zero (a
     * defined quotient, or a product that is not zero), which allows dividing by an interval such as [0, 21] as if it
     * were (0, 21]. Where the sign of the quotient cannot be told, the answer is {@link #EVERYTHING}.
     */
    public Interval dividedBy(Interval divisor, boolean divisorNonZero) {
        boolean positive = divisor.lo != null && divisor.lo.signum() > 0;
        boolean negative = divisor.hi != null && divisor.hi.signum() < 0;
        if (positive) {
            return dividedByPositive(divisor);
        }
        if (negative) {
            return negate().dividedByPositive(divisor.negate());
        }
        if (!divisorNonZero) {
            return EVERYTHING;
        }
        if (divisor.lo != null && divisor.lo.signum() == 0) {
            if (divisor.hi != null && divisor.hi.signum() == 0) {
                return EVERYTHING;
            }
            return dividedByPositiveUpTo(divisor);
        }
        if (divisor.hi != null && divisor.hi.signum() == 0) {
            return dividedByPositiveUpTo(divisor.negate()).negate();
        }
        return EVERYTHING;
    }

    /** Division by an interval wholly above zero: two divisions, each rounded outward. */
    private Interval dividedByPositive(Interval divisor) {
        if (divisor.lo == divisor.hi && divisor.lo.compareTo(HUNDRED) == 0) {
            // Percent formulas divide by 100 all the time: moving the point is exact and much cheaper.
            return new Interval(
                    lo == null ? null : lo.movePointLeft(2),
                    hi == null ? null : hi.movePointLeft(2),
                    Why.union(loWhy, divisor.loWhy),
                    Why.union(hiWhy, divisor.hiWhy));
        }
        Why sign = divisor.loWhy;
        if (lo != null && lo.signum() >= 0) {
            BigDecimal newLo = divisor.hi == null ? BigDecimal.ZERO : Quotients.divide(lo, divisor.hi, DOWN);
            BigDecimal newHi = hi == null ? null : Quotients.divide(hi, divisor.lo, UP);
            return new Interval(newLo, newHi, Why.union(loWhy, divisor.hiWhy, sign), Why.union(hiWhy, divisor.loWhy));
        }
        if (hi != null && hi.signum() <= 0) {
            BigDecimal newLo = lo == null ? null : Quotients.divide(lo, divisor.lo, DOWN);
            BigDecimal newHi = divisor.hi == null ? BigDecimal.ZERO : Quotients.divide(hi, divisor.hi, UP);
            return new Interval(newLo, newHi, Why.union(loWhy, divisor.loWhy), Why.union(hiWhy, divisor.hiWhy, sign));
        }
        BigDecimal newLo = lo == null ? null : Quotients.divide(lo, divisor.lo, DOWN);
        BigDecimal newHi = hi == null ? null : Quotients.divide(hi, divisor.lo, UP);
        return new Interval(newLo, newHi, Why.union(loWhy, divisor.loWhy), Why.union(hiWhy, divisor.loWhy));
    }

    /** Division by (0, divisor.hi]. */
    private Interval dividedByPositiveUpTo(Interval divisor) {
        Why sign = divisor.loWhy;
        if (lo != null && lo.signum() >= 0) {
            BigDecimal newLo = divisor.hi == null ? BigDecimal.ZERO : Quotients.divide(lo, divisor.hi, DOWN);
            boolean zero = hi != null && hi.signum() == 0;
            return new Interval(
                    newLo,
                    zero ? BigDecimal.ZERO : null,
                    Why.union(loWhy, divisor.hiWhy, sign),
                    zero ? Why.union(hiWhy, sign) : Why.NONE);
        }
        if (hi != null && hi.signum() <= 0) {
            BigDecimal newHi = divisor.hi == null ? BigDecimal.ZERO : Quotients.divide(hi, divisor.hi, UP);
            boolean zero = lo != null && lo.signum() == 0;
            return new Interval(
                    zero ? BigDecimal.ZERO : null,
                    newHi,
                    zero ? Why.union(loWhy, sign) : Why.NONE,
                    Why.union(hiWhy, divisor.hiWhy, sign));
        }
        return EVERYTHING;
    }

    private Corner lower() {
        return lo == null ? new Corner(null, -1, loWhy) : new Corner(lo, 0, loWhy);
    }

    private Corner upper() {
        return hi == null ? new Corner(null, 1, hiWhy) : new Corner(hi, 0, hiWhy);
    }

    /** An end of an interval on the extended number line, for products. */
    private static final class Corner implements Comparable<Corner> {
        final BigDecimal value;
        final int infinity;
        final Why why;
        final Why otherWhy;

        Corner(BigDecimal value, int infinity, Why why) {
            this(value, infinity, why, Why.NONE);
        }

        Corner(BigDecimal value, int infinity, Why why, Why otherWhy) {
            this.value = value;
            this.infinity = infinity;
            this.why = why;
            this.otherWhy = otherWhy;
        }

        int sign() {
            return infinity != 0 ? infinity : value.signum();
        }

        static Corner product(Corner a, Corner b) {
            if ((a.infinity == 0 && a.value.signum() == 0) || (b.infinity == 0 && b.value.signum() == 0)) {
                return new Corner(BigDecimal.ZERO, 0, a.why, b.why);
            }
            if (a.infinity != 0 || b.infinity != 0) {
                return new Corner(null, a.sign() * b.sign(), a.why, b.why);
            }
            return new Corner(a.value.multiply(b.value), 0, a.why, b.why);
        }

        @Override
        public int compareTo(Corner other) {
            if (infinity != other.infinity) {
                return Integer.compare(infinity, other.infinity);
            }
            return infinity != 0 ? 0 : value.compareTo(other.value);
        }
    }

    @Override
    public String toString() {
        return "[" + (lo == null ? "-∞" : lo.toPlainString()) + ", " + (hi == null ? "∞" : hi.toPlainString()) + "]";
    }
}
