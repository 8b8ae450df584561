package dev.baton.application.metric;

import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.shared.LocalizedText;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
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
 * @param names the catalog's names of every input and example input, so a page can label them
 */
public record MetricDetails(
        MetricDefinition definition,
        Optional<String> formula,
        SortedSet<MetricKey> inputs,
        Optional<WorkedExample> example,
        Map<MetricKey, LocalizedText> names) {

    public MetricDetails {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(example, "example");
        inputs = Collections.unmodifiableSortedSet(new TreeSet<>(inputs));
        names = Map.copyOf(names);
    }

    /** The name of an input or example input in a language, or its key where the catalog has none. */
    public String nameOf(MetricKey key, Locale locale) {
        LocalizedText name = names.get(key);
        return name == null ? key.value() : name.in(locale);
    }

    public MetricKey key() {
        return definition.key();
    }
}
