package dev.baton.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAmountsInTheSameCurrency() {
        assertThat(Money.of("1000.50", "CNY").plus(Money.of("499.50", "CNY"))).isEqualTo(Money.of("1500", "CNY"));
    }

    @Test
    void refusesToAddAmountsInDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("CNY")
                .hasMessageContaining("USD");
    }

    @Test
    void refusesToSubtractOrCompareAmountsInDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").minus(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Money.of("1", "EUR").ratioTo(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(Money.of("10.0", "USD")).isEqualTo(Money.of("10.00", "USD"));
        assertThat(Money.of("10.0", "USD")).hasSameHashCodeAs(Money.of("10.00", "USD"));
        assertThat(Money.of("10", "USD")).isNotEqualTo(Money.of("10", "EUR"));
    }

    @Test
    void dividingByZeroGivesNoAmount() {
        assertThat(Money.of("100", "CNY").dividedBy(BigDecimal.ZERO)).isEmpty();
        assertThat(Money.of("100", "CNY").ratioTo(Money.of("0", "CNY"))).isEmpty();
    }

    @Test
    void cacIsTotalExpenseSplitAcrossNewCustomers() {
        Money expense = Money.of("600", "CNY").plus(Money.of("400", "CNY"));

        assertThat(expense.dividedBy(BigDecimal.TEN)).contains(Money.of("100", "CNY"));
    }

    @Test
    void roundsToTheMinorUnitOfItsCurrencyHalfEven() {
        assertThat(Money.of("2.345", "USD").rounded().amount()).isEqualByComparingTo("2.34");
        assertThat(Money.of("2.355", "USD").rounded().amount()).isEqualByComparingTo("2.36");
        assertThat(Money.of("1234.5", "JPY").rounded().amount()).isEqualByComparingTo("1234");
    }

    @Test
    void divisionKeepsEnoughPrecisionToMultiplyBack() {
        Money third = Money.of("100", "USD").dividedBy(new BigDecimal("3")).orElseThrow();

        assertThat(third.times(new BigDecimal("3")).rounded()).isEqualTo(Money.of("100.00", "USD"));
    }
}
