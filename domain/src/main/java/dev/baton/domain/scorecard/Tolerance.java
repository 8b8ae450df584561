package dev.baton.domain.scorecard;

import dev.baton.domain.shared.InvalidValueException;
import java.math.BigDecimal;

/**
 * How far an actual may miss its threshold and still count as AT_RISK rather than OFF_TRACK, as a share of the bound
 * it misses: with 10 %, "CAC at most 500" is at risk up to 550 and "new revenue at least 1,000,000" down to 900,000.
 * A bound of zero has no share; there the band is the tolerance of the BETWEEN band's width, or nothing.
 */
public record Tolerance(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final Tolerance DEFAULT = new Tolerance(BigDecimal.TEN);

    public Tolerance {
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("field.TOLERANCE_RANGE");
        }
    }

    public static Tolerance ofPercent(String percent) {
        return new Tolerance(new BigDecimal(percent));
    }

    BigDecimal of(BigDecimal amount) {
        return amount.abs().multiply(percent).divide(HUNDRED);
    }
}
