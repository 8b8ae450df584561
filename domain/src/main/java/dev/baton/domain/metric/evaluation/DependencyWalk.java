package dev.baton.domain.metric.evaluation;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.formula.Expression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Follows a metric's formula down to the measures it rests on, before anything is computed, so that every missing
 * measure can be named at once rather than one per attempt. A supplied value stops the walk: its formula is not
 * needed.
 */
final class DependencyWalk {

    record Result(SortedSet<MetricKey> leaves, Optional<NoValueReason> problem) {}

    private final MetricCatalog catalog;
    private final Optional<StageScope> scope;
    private final Set<MetricKey> supplied;
    private final SortedSet<MetricKey> leaves = new TreeSet<>();
    private final Set<MetricKey> done = new HashSet<>();
    private final List<MetricKey> path = new ArrayList<>();
    private NoValueReason problem;

    private DependencyWalk(MetricCatalog catalog, Optional<StageScope> scope, Set<MetricKey> supplied) {
        this.catalog = catalog;
        this.scope = scope;
        this.supplied = supplied;
    }

    static Result from(MetricKey root, MetricCatalog catalog, Optional<StageScope> scope, Set<MetricKey> supplied) {
        DependencyWalk walk = new DependencyWalk(catalog, scope, supplied);
        walk.visit(root);
        return new Result(walk.leaves, Optional.ofNullable(walk.problem));
    }

    private void visit(MetricKey key) {
        if (problem != null || supplied.contains(key) || done.contains(key)) {
            return;
        }
        int seenAt = path.indexOf(key);
        if (seenAt >= 0) {
            List<MetricKey> chain = new ArrayList<>(path.subList(seenAt, path.size()));
            chain.add(key);
            problem = new NoValueReason.CircularDefinition(chain);
            return;
        }
        Optional<MetricDefinition> definition = catalog.find(key);
        if (definition.isEmpty()) {
            problem = new NoValueReason.UnknownMetric(key);
            return;
        }
        if (definition.get().isMeasure()) {
            leaves.add(key);
            done.add(key);
            return;
        }
        Optional<Expression> formula = definition.get().formulaFor(scope);
        if (formula.isEmpty()) {
            problem = new NoValueReason.ScopeRequired(key);
            return;
        }
        path.add(key);
        for (MetricKey reference : formula.get().references()) {
            visit(reference);
        }
        path.remove(path.size() - 1);
        done.add(key);
    }
}
