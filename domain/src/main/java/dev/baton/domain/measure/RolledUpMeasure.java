package dev.baton.domain.measure;

import java.math.BigDecimal;
import java.util.Objects;

/** A measure's value for a period, recorded for it or rolled up from its parts, and how much of the period it covers. */
public record RolledUpMeasure(BigDecimal amount, Coverage coverage) {

    public RolledUpMeasure {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(coverage, "coverage");
    }
}
