package dev.baton.application.metric;

import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A catalog entry as readers see it: its definition, its formula written out, the measures it rests on and, where
 * the design gives one, a worked example.
 *
 * @param formula the formula as text; a stage-scoped metric shows its pattern over {@code entered:from} and {@code
 *     entered:to}, a measure has none
 */
public record MetricDetails(
        MetricDefinition definition,
        Optional<String> formula,
        SortedSet<MetricKey> inputs,
        Optional<WorkedExample> example) {

    public MetricDetails {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(example, "example");
        inputs = Collections.unmodifiableSortedSet(new TreeSet<>(inputs));
    }

    public MetricKey key() {
        return definition.key();
    }
}
