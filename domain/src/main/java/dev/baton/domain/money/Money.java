package dev.baton.domain.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount in one ISO 4217 currency. Arithmetic keeps full precision (34 significant digits for division) so that
 * chained calculations do not drift; {@link #rounded()} gives the amount in the currency's minor unit, HALF_EVEN.
 * Two amounts are equal when they have the same currency and the same numeric value, whatever their scale (10.0 USD
 * equals 10.00 USD). Combining amounts of different currencies is refused, never converted.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public Money {
        Objects.requireNonNull(amount, "an amount is required");
        Objects.requireNonNull(currency, "a currency is required");
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** {@code Money.of("1800000", "CNY")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return new Money(amount.multiply(factor, PRECISION), currency);
    }

    /** This amount split into {@code divisor} parts; empty when the divisor is zero, since there is no such amount. */
    public Optional<Money> dividedBy(BigDecimal divisor) {
        Objects.requireNonNull(divisor, "divisor");
        if (divisor.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Money(amount.divide(divisor, PRECISION), currency));
    }

    /** How many times {@code other} fits into this amount (CAC payback, LTV/CAC); empty when {@code other} is zero. */
    public Optional<BigDecimal> ratioTo(Money other) {
        requireSameCurrency(other);
        if (other.amount.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(amount.divide(other.amount, PRECISION));
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount in the currency's minor unit (2 decimals for CNY, USD, EUR; 0 for JPY), HALF_EVEN. */
    public Money rounded() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && currency.equals(money.currency) && amount.compareTo(money.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other amount");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }
}
