package dev.baton.domain.money;

import java.util.Currency;

/** Two amounts in different currencies were combined; Baton never converts silently. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Currency expected;
    private final transient Currency actual;

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("cannot combine " + expected.getCurrencyCode() + " with " + actual.getCurrencyCode()
                + ": amounts must share one currency");
        this.expected = expected;
        this.actual = actual;
    }

    public Currency expected() {
        return expected;
    }

    public Currency actual() {
        return actual;
    }
}
