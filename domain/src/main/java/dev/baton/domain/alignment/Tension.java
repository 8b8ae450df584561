package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.Push;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A known tension: pushing {@code a} one way works against pushing {@code b} the other, for the reason given (a
 * phrase the adapters word). When
 * {@code onlyWhenCapped} names metrics, the tension applies only while one of them has an AT_MOST target (spend
 * capped).
 */
public record Tension(Side a, Side b, Phrase reason, Set<MetricKey> onlyWhenCapped) {

    /** One side of a tension: a metric (in a stage scope, or any scope when absent) pushed one way. */
    public record Side(MetricKey metric, Optional<StageScope> scope, Push push) {
        public Side {
            Objects.requireNonNull(metric, "metric");
            scope = scope == null ? Optional.empty() : scope;
            Objects.requireNonNull(push, "push");
        }

        public static Side up(String metric) {
            return new Side(MetricKey.of(metric), Optional.empty(), Push.UP);
        }

        public static Side down(String metric) {
            return new Side(MetricKey.of(metric), Optional.empty(), Push.DOWN);
        }

        public Side between(String fromStage, String toStage) {
            return new Side(metric, Optional.of(new StageScope(fromStage, toStage)), push);
        }

        boolean matches(Optional<StageScope> targetScope) {
            return scope.isEmpty() || scope.equals(targetScope);
        }
    }

    public Tension {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(reason, "a tension needs its reason");
        onlyWhenCapped = onlyWhenCapped == null ? Set.of() : Set.copyOf(onlyWhenCapped);
    }

    public static Tension of(MetricKey metricA, Push pushA, MetricKey metricB, Push pushB, Phrase reason) {
        return new Tension(
                new Side(metricA, Optional.empty(), pushA),
                new Side(metricB, Optional.empty(), pushB),
                reason,
                Set.of());
    }

    public Tension onlyWhenCapped(String... metrics) {
        Set<MetricKey> keys = new LinkedHashSet<>();
        for (String m : metrics) {
            keys.add(MetricKey.of(m));
        }
        return new Tension(a, b, reason, keys);
    }
}
