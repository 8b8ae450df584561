package dev.baton.domain.planning;

import dev.baton.domain.metric.MetricKey;
import java.math.BigDecimal;
import java.util.Objects;

/** What the plan must reach in its period: an amount of new revenue, or a number of won deals; above 0. */
public record Goal(Kind kind, BigDecimal value) {

    /** The two goals a waterfall starts from, each a metric of the built-in catalog. */
    public enum Kind {
        NEW_REVENUE("new_revenue"),
        DEALS("deals");

        private final MetricKey metric;

        Kind(String metric) {
            this.metric = MetricKey.of(metric);
        }

        public MetricKey metric() {
            return metric;
        }
    }

    public Goal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("a goal is above 0, got " + value.toPlainString());
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Goal newRevenue(String value) {
        return new Goal(Kind.NEW_REVENUE, new BigDecimal(value));
    }

    public static Goal deals(String value) {
        return new Goal(Kind.DEALS, new BigDecimal(value));
    }

    public MetricKey metric() {
        return kind.metric();
    }
}
