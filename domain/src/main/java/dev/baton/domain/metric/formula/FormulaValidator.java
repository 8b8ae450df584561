package dev.baton.domain.metric.formula;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks a user-defined metric's formula against the catalog it will join: every name must be known, and following
 * formulas from the new metric must never lead back to it. Stage-scoped metrics cannot be read by a formula, since a
 * formula has no pair of stages to give them. Problems are returned, all of them, not thrown.
 */
public final class FormulaValidator {

    private final MetricCatalog catalog;

    public FormulaValidator(MetricCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * @param key the key the metric is to have; an existing user-defined metric of that key is being replaced
     */
    public List<FormulaProblem> problemsOf(MetricKey key, Expression formula) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(formula, "formula");
        List<FormulaProblem> problems = new ArrayList<>();
        if (catalog.find(key).map(MetricDefinition::builtIn).orElse(false)) {
            problems.add(new FormulaProblem.KeyTaken(key));
        }
        SortedSet<MetricKey> unknown = new TreeSet<>();
        for (MetricKey reference : formula.references()) {
            if (!reference.equals(key) && !catalog.contains(reference)) {
                unknown.add(reference);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new FormulaProblem.UnknownNames(unknown));
        }
        SortedSet<MetricKey> stageScoped = new TreeSet<>();
        for (MetricKey reference : formula.references()) {
            if (catalog.find(reference).map(MetricDefinition::stageScoped).orElse(false)) {
                stageScoped.add(reference);
            }
        }
        if (!stageScoped.isEmpty()) {
            problems.add(new FormulaProblem.StageScopedReference(stageScoped));
        }
        cycleThrough(key, formula).ifPresent(problems::add);
        return List.copyOf(problems);
    }

    private Optional<FormulaProblem.Cycle> cycleThrough(MetricKey key, Expression formula) {
        List<MetricKey> path = new ArrayList<>();
        path.add(key);
        return search(key, formula.references(), path, new HashSet<>());
    }

    private Optional<FormulaProblem.Cycle> search(
            MetricKey start, Set<MetricKey> next, List<MetricKey> path, Set<MetricKey> explored) {
        for (MetricKey reference : next) {
            if (reference.equals(start)) {
                List<MetricKey> chain = new ArrayList<>(path);
                chain.add(start);
                return Optional.of(new FormulaProblem.Cycle(chain));
            }
            if (!explored.add(reference)) {
                continue;
            }
            Set<MetricKey> onward = catalog.find(reference)
                    .flatMap(MetricDefinition::formula)
                    .map(Expression::references)
                    .orElse(Set.of());
            path.add(reference);
            Optional<FormulaProblem.Cycle> found = search(start, onward, path, explored);
            path.remove(path.size() - 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
