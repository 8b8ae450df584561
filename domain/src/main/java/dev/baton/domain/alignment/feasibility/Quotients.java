package dev.baton.domain.alignment.feasibility;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@link BigDecimal#divide(BigDecimal, MathContext)}, answered without big-integer arithmetic where the quotient of two
 * small decimals terminates. The JDK computes such a quotient to the full precision (34 digits here) and then strips
 * the trailing zeros one big-integer division at a time, tens of short-lived objects per division; propagation divides
 * targets such as 2,000 ÷ 10,000 all the time. The answer is the very same {@code BigDecimal}, value and scale: the
 * exact quotient at the scale nearest the preferred one ({@code dividend.scale() - divisor.scale()}). Anything else
 * (non-terminating quotients, large operands, a precision below 19 digits) goes to the JDK.
 */
final class Quotients {

    /** Operands of at most this many digits have an unscaled value that fits a {@code long} with room to spare. */
    private static final int SMALL_DIGITS = 18;

    private Quotients() {}

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, MathContext mc) {
        if (mc.getPrecision() <= SMALL_DIGITS
                || dividend.signum() == 0
                || divisor.signum() == 0
                || dividend.precision() > SMALL_DIGITS
                || divisor.precision() > SMALL_DIGITS) {
            return dividend.divide(divisor, mc);
        }
        long a = dividend.unscaledValue().longValue();
        long b = divisor.unscaledValue().longValue();
        long common = gcd(Math.abs(a), Math.abs(b));
        long numerator = (b < 0 ? -a : a) / common;
        long denominator = Math.abs(b) / common;
        int twos = Long.numberOfTrailingZeros(denominator);
        denominator >>= twos;
        int fives = 0;
        while (denominator % 5 == 0) {
            denominator /= 5;
            fives++;
        }
        if (denominator != 1) {
            return dividend.divide(divisor, mc);
        }
        // numerator ÷ (2^twos × 5^fives) = numerator × 2^(k - twos) × 5^(k - fives) ÷ 10^k
        int k = Math.max(twos, fives);
        long unscaled = numerator;
        long scale = (long) dividend.scale() - divisor.scale() + k;
        long preferred = (long) dividend.scale() - divisor.scale();
        try {
            for (int i = twos; i < k; i++) {
                unscaled = Math.multiplyExact(unscaled, 2L);
            }
            for (int i = fives; i < k; i++) {
                unscaled = Math.multiplyExact(unscaled, 5L);
            }
        } catch (ArithmeticException overflow) {
            return dividend.divide(divisor, mc);
        }
        while (scale > preferred && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        if (scale != (int) scale) {
            return dividend.divide(divisor, mc);
        }
        return BigDecimal.valueOf(unscaled, (int) scale);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
