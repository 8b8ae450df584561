package dev.baton.domain.planning;

import java.math.BigDecimal;
import java.util.Objects;

/** The average value of a won deal, above 0, with its source. */
public record DealValue(BigDecimal amount, Source source) {

    public DealValue {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("an average deal value is above 0, got " + amount.toPlainString());
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static DealValue given(BigDecimal amount) {
        return new DealValue(amount, Source.GIVEN);
    }

    public static DealValue given(String amount) {
        return given(new BigDecimal(amount));
    }
}
