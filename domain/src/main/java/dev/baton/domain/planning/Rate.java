package dev.baton.domain.planning;

import java.math.BigDecimal;
import java.util.Objects;

/** A conversion rate between two consecutive stages, in percent points above 0 and at most 100, with its source. */
public record Rate(BigDecimal percent, Source source) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Rate {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(source, "source");
        if (!isValid(percent)) {
            throw new IllegalArgumentException(
                    "a conversion rate lies above 0 and at most 100 percent, got " + percent.toPlainString());
        }
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }

    public static Rate given(BigDecimal percent) {
        return new Rate(percent, Source.GIVEN);
    }

    public static Rate given(String percent) {
        return given(new BigDecimal(percent));
    }

    /** Whether a percentage can be a conversion rate: above 0 and at most 100. */
    public static boolean isValid(BigDecimal percent) {
        return percent != null && percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0;
    }
}
