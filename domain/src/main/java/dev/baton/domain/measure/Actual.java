package dev.baton.domain.measure;

import dev.baton.domain.metric.evaluation.MetricValue;
import java.util.Objects;

/**
 * A metric's value for a period, computed from its rolled-up measures, and how much of the period those measures
 * cover: the scorecard says "to date · 2 of 3 months" beside a running quarter's actual.
 */
public record Actual(MetricValue value, Coverage coverage) {

    public Actual {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(coverage, "coverage");
    }
}
