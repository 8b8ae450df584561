package dev.baton.domain.metric.evaluation;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/** The value of a metric for one set of inputs: a number in the metric's unit, or no value and why. */
public sealed interface MetricValue permits MetricValue.Computed, MetricValue.Unavailable {

    MetricKey key();

    boolean isKnown();

    /** The rounded number, if there is one. */
    Optional<BigDecimal> toOptional();

    /** A number rounded per {@link Rounding} for its unit. */
    record Computed(MetricKey key, BigDecimal value, Unit unit) implements MetricValue {
        public Computed {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public boolean isKnown() {
            return true;
        }

        @Override
        public Optional<BigDecimal> toOptional() {
            return Optional.of(value);
        }

        /** The value as an amount of the organisation's currency, when the metric is a CURRENCY metric. */
        public Optional<Money> asMoney(Currency currency) {
            return unit == Unit.CURRENCY ? Optional.of(Money.of(value, currency)) : Optional.empty();
        }
    }

    record Unavailable(MetricKey key, NoValueReason reason) implements MetricValue {
        public Unavailable {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isKnown() {
            return false;
        }

        @Override
        public Optional<BigDecimal> toOptional() {
            return Optional.empty();
        }
    }
}
