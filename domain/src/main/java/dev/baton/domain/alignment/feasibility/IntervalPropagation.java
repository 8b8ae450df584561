package dev.baton.domain.alignment.feasibility;

import dev.baton.domain.alignment.AlignmentPlan;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Interval constraint propagation over the catalog's formulas (HC4-style revise). Each period in force gets its own
 * network: one quantity per metric (and stage scope), starting from every targeted or measured quantity, widened
 * downwards along formulas and upwards to the metrics computed from them. Each target cuts its quantity to its
 * threshold; measures and the metrics declared so are never negative (a profit-form LTV or a growth rate may be);
 * the period's actuals are points. Each formula {@code m =
 * expression} is then revised forwards (the expression's interval narrows {@code m}) and backwards ({@code m} narrows
 * every operand: a = b × c gives b = a ÷ c and so on) until nothing changes, each formula at most {@value
 * #MAX_REVISIONS} times; a network that still wants to narrow after that is reported as not settled. Work spreads
 * only along changed quantities, so the cost follows the size of each connected component, not the whole plan.
 *
 * <p>A conflict does not end the period: its premises are set aside and the rest propagated again, so every
 * independent conflict is found (see {@link #settle}).
 */
public final class IntervalPropagation {

    /** Revisions per formula before propagation gives up narrowing further: a guard against slow convergence. */
    public static final int MAX_REVISIONS = 64;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Constraint[] NO_CONSTRAINTS = {};

    private final AlignmentPlan plan;
    private final MetricCatalog catalog;
    private final Map<MetricKey, List<MetricDefinition>> usedBy = new HashMap<>();
    private final Map<StageScope, Expression> stageConversions = new HashMap<>();
    /**
     * The catalog's answer for each metric met: every period's network (and every round of {@link #settle}) meets the
     * same metrics, and the catalog builds a stage's definition afresh on each lookup.
     */
    private final Map<MetricKey, Optional<MetricDefinition>> definitions = new HashMap<>();
    /** The unscoped quantity of each metric met, shared by every formula that refers to it. */
    private final Map<MetricKey, Variable> unscoped = new HashMap<>();

    private long premiseOrder;

    public IntervalPropagation(AlignmentPlan plan) {
        this.plan = plan;
        this.catalog = plan.catalog();
    }

    public Feasibility run() {
        for (MetricDefinition definition : catalog.all()) {
            if (definition.stageScoped() || definition.formula().isEmpty()) {
                continue;
            }
            for (MetricKey reference : definition.formula().get().references()) {
                usedBy.computeIfAbsent(reference, k -> new ArrayList<>()).add(definition);
            }
        }
        Map<Period, List<KpiTarget>> byPeriod = new LinkedHashMap<>();
        for (Period period : plan.periodsInForce()) {
            byPeriod.put(period, new ArrayList<>());
        }
        for (KpiTarget target : plan.targetsInForce()) {
            byPeriod.get(target.period()).add(target);
        }
        List<Feasibility.Conflict> conflicts = new ArrayList<>();
        Map<Period, Map<Variable, Interval>> intervals = new HashMap<>();
        List<ImpliedRange> implied = new ArrayList<>();
        Map<Period, Feasibility.Unsettled> unsettled = new LinkedHashMap<>();
        Map<Period, Map<Variable, Interval>> actualIntervals = new HashMap<>();
        for (Map.Entry<Period, List<KpiTarget>> entry : byPeriod.entrySet()) {
            Period period = entry.getKey();
            Map<MetricKey, BigDecimal> actuals = period.equals(plan.period()) ? plan.actuals() : Map.of();
            if (entry.getValue().isEmpty() && actuals.isEmpty()) {
                continue;
            }
            Network network = settle(period, entry.getValue(), actuals, conflicts, unsettled);
            Map<Variable, Interval> finals = new HashMap<>(network.nodes.size() * 4 / 3 + 1);
            for (Node node : network.nodes.values()) {
                if (node.dead) {
                    continue;
                }
                finals.put(node.variable, node.domain);
                if (!node.targeted && node.domain.hasExplicitFiniteEnd()) {
                    implied.add(impliedRange(period, node));
                }
            }
            intervals.put(period, finals);
            if (network.actualsSetAside) {
                // Some actual was set aside in a conflict: what the actuals alone imply is still worth judging.
                Network facts = new Network(period, actuals.size());
                facts.seed(List.of(), actuals);
                facts.propagate();
                Map<Variable, Interval> fromActuals = new HashMap<>();
                for (Node node : facts.nodes.values()) {
                    if (!node.dead) {
                        fromActuals.put(node.variable, node.domain);
                    }
                }
                actualIntervals.put(period, fromActuals);
            }
        }
        return new Feasibility(conflicts, intervals, implied, unsettled, actualIntervals);
    }

    /**
     * Propagates a period's targets and actuals until no conflict is left. Each round records the conflicts it finds
     * whose premises share nothing with each other, sets those premises aside and propagates the rest again, so one
     * conflict never hides another that rests on other targets. Returns the last network, in which nothing conflicts.
     */
    private Network settle(
            Period period,
            List<KpiTarget> targets,
            Map<MetricKey, BigDecimal> actuals,
            List<Feasibility.Conflict> conflicts,
            Map<Period, Feasibility.Unsettled> unsettled) {
        Set<KpiTarget> setAsideTargets = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<MetricKey> setAsideActuals = new HashSet<>();
        // After the first round only the parts of the network that hold a set-aside premise can change: the rest is
        // kept from the first round instead of being built and propagated again (see Network#keepUnchanged).
        Network first = null;
        boolean[] affected = null;
        while (true) {
            List<KpiTarget> keptTargets = new ArrayList<>();
            for (KpiTarget target : targets) {
                if (!setAsideTargets.contains(target) && (first == null || first.holds(affected, variableOf(target)))) {
                    keptTargets.add(target);
                }
            }
            Map<MetricKey, BigDecimal> keptActuals = new LinkedHashMap<>();
            for (Map.Entry<MetricKey, BigDecimal> actual : actuals.entrySet()) {
                if (!setAsideActuals.contains(actual.getKey())
                        && (first == null || first.holds(affected, unscoped(actual.getKey())))) {
                    keptActuals.put(actual.getKey(), actual.getValue());
                }
            }
            Network network = new Network(period, keptTargets.size() + keptActuals.size());
            network.seed(keptTargets, keptActuals);
            network.propagate();
            if (network.capped != null && !unsettled.containsKey(period)) {
                unsettled.put(period, new Feasibility.Unsettled(period, network.capped.result.variable, keptTargets));
            }
            boolean setAside = false;
            Set<Premise> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Feasibility.Conflict conflict : network.conflicts) {
                List<Premise> premises = Why.union(conflict.interval().loWhy, conflict.interval().hiWhy)
                        .explicitPremises();
                boolean independent = true;
                for (Premise premise : premises) {
                    if (claimed.contains(premise)) {
                        independent = false;
                        break;
                    }
                }
                if (!independent || premises.isEmpty()) {
                    continue;
                }
                claimed.addAll(premises);
                conflicts.add(conflict);
                for (Premise premise : premises) {
                    if (premise.kind == Premise.Kind.TARGET) {
                        setAside |= setAsideTargets.add(premise.target);
                    } else {
                        setAside |= setAsideActuals.add(premise.metric);
                    }
                }
            }
            if (!setAside) {
                if (first != null) {
                    network.keepUnchanged(first, affected);
                }
                network.actualsSetAside = !setAsideActuals.isEmpty();
                return network;
            }
            if (first == null) {
                first = network;
                affected = first.componentsHolding(setAsideTargets, setAsideActuals);
            }
        }
    }

    private Variable variableOf(KpiTarget target) {
        return target.scope().isEmpty() ? unscoped(target.metric()) : new Variable(target.metric(), target.scope());
    }

    private Optional<MetricDefinition> definition(MetricKey metric) {
        Optional<MetricDefinition> definition = definitions.get(metric);
        if (definition == null) {
            definition = catalog.find(metric);
            definitions.put(metric, definition);
        }
        return definition;
    }

    private Variable unscoped(MetricKey metric) {
        Variable variable = unscoped.get(metric);
        if (variable == null) {
            variable = Variable.of(metric);
            unscoped.put(metric, variable);
        }
        return variable;
    }

    private static ImpliedRange impliedRange(Period period, Node node) {
        Interval d = node.domain;
        Optional<BigDecimal> min = Optional.ofNullable(d.lo).map(v -> outward(v, RoundingMode.FLOOR));
        Optional<BigDecimal> max = Optional.ofNullable(d.hi).map(v -> outward(v, RoundingMode.CEILING));
        return new ImpliedRange(node.variable.metric(), node.variable.scope(), period, min, max);
    }

    private static BigDecimal outward(BigDecimal value, RoundingMode mode) {
        return value.scale() > 2 ? value.setScale(2, mode) : value;
    }

    /** A quantity of the network. */
    private static final class Node {
        final Variable variable;
        final MetricDefinition definition;
        /** The order in which its network met it: its place in {@link Network#componentsHolding}'s answer. */
        final int index;
        /** Whether some target is on this quantity. */
        boolean targeted;
        /** The formulas this quantity takes part in: {@code watchers[0 .. watcherCount)}. */
        Constraint[] watchers = NO_CONSTRAINTS;

        int watcherCount;
        Interval domain;
        boolean dead;
        /** Scratch: the narrowing a revision proposes, before it is applied. */
        Interval proposed;

        Node(Variable variable, MetricDefinition definition, Interval domain, int index) {
            this.variable = variable;
            this.definition = definition;
            this.domain = domain;
            this.index = index;
        }

        void watch(Constraint constraint) {
            if (watcherCount == watchers.length) {
                watchers = Arrays.copyOf(watchers, Math.max(2, watcherCount * 2));
            }
            watchers[watcherCount++] = constraint;
        }
    }

    /** A formula compiled for revision: an operator over two terms, a quantity, or a constant. */
    private static final class Term {
        final Expression.Operator operator;
        final Term left;
        final Term right;
        final Node node;
        final Interval constant;
        /** Scratch: the interval of this term from the last forward pass. */
        Interval forward;

        Term(Expression.Operator operator, Term left, Term right, Node node, Interval constant) {
            this.operator = operator;
            this.left = left;
            this.right = right;
            this.node = node;
            this.constant = constant;
        }
    }

    /** {@code result = expression}. */
    private static final class Constraint {
        final Node result;
        final Term root;
        final Node[] operands;
        int revisions;
        boolean queued;

        Constraint(Node result, Term root, Node[] operands) {
            this.result = result;
            this.root = root;
            this.operands = operands;
        }
    }

    private final class Network {
        final Period period;
        final Map<Variable, Node> nodes;
        final List<Constraint> constraints = new ArrayList<>();
        final ArrayDeque<Node> toExpand = new ArrayDeque<>();
        final ArrayDeque<Constraint> queue = new ArrayDeque<>();
        final List<Feasibility.Conflict> conflicts = new ArrayList<>();
        final List<Node> touched = new ArrayList<>();
        /** Scratch: the operands of the formula being compiled. */
        private final List<Node> operands = new ArrayList<>();
        /** Whether some of the period's actuals were set aside in a conflict before this network was built. */
        boolean actualsSetAside;
        /** The first formula that reached {@value #MAX_REVISIONS} revisions while still narrowing, if any. */
        Constraint capped;

        Network(Period period, int expectedQuantities) {
            this.period = period;
            this.nodes = new LinkedHashMap<>(Math.max(16, expectedQuantities * 3));
        }

        void seed(List<KpiTarget> targets, Map<MetricKey, BigDecimal> actuals) {
            for (KpiTarget target : targets) {
                Node node = node(variableOf(target));
                node.targeted = true;
                Why why = Why.of(Premise.target(target, premiseOrder++));
                Interval bar = new Interval(
                        target.threshold().lower().orElse(null),
                        target.threshold().upper().orElse(null),
                        why,
                        why);
                restrict(node, bar);
            }
            for (Map.Entry<MetricKey, BigDecimal> actual : actuals.entrySet()) {
                Optional<MetricDefinition> definition = definition(actual.getKey());
                if (definition.isPresent() && definition.get().stageScoped()) {
                    continue;
                }
                Node node = node(unscoped(actual.getKey()));
                Why why = Why.of(Premise.actual(actual.getKey(), actual.getValue(), premiseOrder++));
                restrict(node, Interval.point(actual.getValue(), why));
            }
            while (!toExpand.isEmpty()) {
                expand(toExpand.poll());
            }
        }

        private void restrict(Node node, Interval bound) {
            if (node.dead) {
                return;
            }
            Interval narrowed = node.domain.intersect(bound);
            if (narrowed.isEmpty()) {
                conflicts.add(new Feasibility.Conflict(period, node.variable, narrowed));
                node.dead = true;
            } else {
                node.domain = narrowed;
            }
        }

        private Node node(Variable variable) {
            Node existing = nodes.get(variable);
            if (existing != null) {
                return existing;
            }
            MetricDefinition definition = definition(variable.metric()).orElse(null);
            Node node = new Node(
                    variable,
                    definition,
                    neverNegative(variable, definition) ? Interval.nonNegative() : Interval.EVERYTHING,
                    nodes.size());
            nodes.put(variable, node);
            toExpand.add(node);
            return node;
        }

        private void expand(Node node) {
            Expression expression = formula(node);
            if (expression != null) {
                operands.clear();
                Term root = compile(expression, operands);
                Constraint constraint = new Constraint(node, root, operands.toArray(new Node[0]));
                constraints.add(constraint);
                node.watch(constraint);
                for (Node operand : constraint.operands) {
                    if (operand != node) {
                        operand.watch(constraint);
                    }
                }
            }
            if (node.variable.scope().isEmpty()) {
                List<MetricDefinition> users = usedBy.get(node.variable.metric());
                if (users != null) {
                    for (MetricDefinition user : users) {
                        node(unscoped(user.key()));
                    }
                }
            }
        }

        private Term compile(Expression expression, List<Node> operands) {
            if (expression instanceof Expression.Reference) {
                Node operand = node(unscoped(((Expression.Reference) expression).key()));
                if (!operands.contains(operand)) {
                    operands.add(operand);
                }
                return new Term(null, null, null, operand, null);
            }
            if (expression instanceof Expression.Constant) {
                return new Term(
                        null, null, null, null, Interval.point(((Expression.Constant) expression).value(), Why.NONE));
            }
            Expression.Binary binary = (Expression.Binary) expression;
            return new Term(
                    binary.operator(), compile(binary.left(), operands), compile(binary.right(), operands), null, null);
        }

        /** The formula that computes the quantity, or {@code null} where none does. */
        private Expression formula(Node node) {
            if (node.definition == null) {
                return null;
            }
            if (node.definition.stageScoped()) {
                if (node.variable.scope().isEmpty()) {
                    return null;
                }
                StageScope scope = node.variable.scope().get();
                Expression conversion = stageConversions.get(scope);
                if (conversion == null) {
                    conversion = stageConversion(scope);
                    stageConversions.put(scope, conversion);
                }
                return conversion;
            }
            return node.definition.formula().orElse(null);
        }

        /**
         * For each quantity, whether the connected part of the network it lies in (quantities joined by formulas)
         * holds one of the given premises. Nothing propagates between parts, so a part without one of them settles
         * the same way when they are set aside.
         */
        boolean[] componentsHolding(Set<KpiTarget> targets, Set<MetricKey> actuals) {
            int[] parent = new int[nodes.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (Constraint constraint : constraints) {
                for (Node operand : constraint.operands) {
                    union(parent, constraint.result.index, operand.index);
                }
            }
            boolean[] holding = new boolean[parent.length];
            for (KpiTarget target : targets) {
                mark(holding, parent, nodes.get(variableOf(target)));
            }
            for (MetricKey actual : actuals) {
                mark(holding, parent, nodes.get(unscoped(actual)));
            }
            boolean[] byNode = new boolean[parent.length];
            for (int i = 0; i < parent.length; i++) {
                byNode[i] = holding[root(parent, i)];
            }
            return byNode;
        }

        /** Whether the quantity lies in a part that {@link #componentsHolding} marked. */
        boolean holds(boolean[] marked, Variable variable) {
            Node node = nodes.get(variable);
            return node != null && marked[node.index];
        }

        /**
         * Takes the unmarked parts of the first round's network as they settled there, in the first network's order,
         * beside this network's own quantities (all of which lie in marked parts).
         */
        void keepUnchanged(Network first, boolean[] marked) {
            Map<Variable, Node> merged = new LinkedHashMap<>(first.nodes.size() * 4 / 3 + 1);
            for (Node node : first.nodes.values()) {
                Node kept = marked[node.index] ? nodes.get(node.variable) : node;
                if (kept != null) {
                    merged.put(kept.variable, kept);
                }
            }
            nodes.clear();
            nodes.putAll(merged);
        }

        void propagate() {
            for (Constraint constraint : constraints) {
                enqueue(constraint);
            }
            while (!queue.isEmpty()) {
                Constraint constraint = queue.poll();
                constraint.queued = false;
                if (constraint.revisions++ < MAX_REVISIONS) {
                    revise(constraint);
                } else if (capped == null) {
                    // Asked to narrow again after its last allowed revision: the network has not settled.
                    capped = constraint;
                }
            }
        }

        private void enqueue(Constraint constraint) {
            if (!constraint.queued) {
                constraint.queued = true;
                queue.add(constraint);
            }
        }

        /**
         * HC4-revise: a forward pass computes every term's interval from its operands and narrows the result; a
         * backward pass projects the result's interval down to every operand. All narrowings are proposed first; an
         * empty one is a conflict (reported at the rightmost operand, where the formula's last factor is explained by
         * the others, or else at the result), otherwise they are applied.
         */
        private void revise(Constraint constraint) {
            if (constraint.result.dead) {
                return;
            }
            for (Node operand : constraint.operands) {
                if (operand.dead) {
                    return;
                }
            }
            Interval computed = forward(constraint.root);
            Interval current = constraint.result.domain;
            Interval narrowed = current.intersect(computed);
            boolean resultEmpty = narrowed.isEmpty();
            touched.clear();
            backward(constraint.root, resultEmpty ? current : narrowed);

            Node conflicted = null;
            for (Node node : touched) {
                if (node.proposed.isEmpty()) {
                    conflicted = node;
                }
            }
            if (conflicted != null || resultEmpty) {
                Interval empty = conflicted != null ? conflicted.proposed : narrowed;
                Node at = conflicted != null ? conflicted : constraint.result;
                conflicts.add(new Feasibility.Conflict(period, at.variable, empty));
                constraint.result.dead = true;
                for (Node operand : constraint.operands) {
                    operand.dead = true;
                    operand.proposed = null;
                }
                return;
            }
            if (narrowed.narrowerThan(current)) {
                update(constraint.result, narrowed, constraint);
            }
            for (Node node : touched) {
                Interval proposed = node.proposed;
                node.proposed = null;
                if (proposed.narrowerThan(node.domain)) {
                    update(node, node.domain.intersect(proposed), constraint);
                }
            }
        }

        /** Narrows a quantity; its other formulas are revised again only when the change is more than noise. */
        private void update(Node node, Interval narrowed, Constraint by) {
            boolean significant = narrowed.significantlyNarrowerThan(node.domain);
            node.domain = narrowed;
            if (!significant) {
                return;
            }
            Constraint[] watchers = node.watchers;
            for (int i = 0, n = node.watcherCount; i < n; i++) {
                if (watchers[i] != by) {
                    enqueue(watchers[i]);
                }
            }
        }

        private Interval forward(Term term) {
            Interval value;
            if (term.node != null) {
                value = term.node.domain;
            } else if (term.constant != null) {
                value = term.constant;
            } else {
                Interval left = forward(term.left);
                Interval right = forward(term.right);
                switch (term.operator) {
                    case PLUS:
                        value = left.plus(right);
                        break;
                    case MINUS:
                        value = left.minus(right);
                        break;
                    case TIMES:
                        value = left.times(right);
                        break;
                    default:
                        value = left.dividedBy(right, true);
                        break;
                }
            }
            term.forward = value;
            return value;
        }

        private void backward(Term term, Interval target) {
            if (term.node != null) {
                Node node = term.node;
                Interval before = node.proposed != null ? node.proposed : node.domain;
                Interval after = before.intersect(target);
                if (after != before) {
                    if (node.proposed == null) {
                        touched.add(node);
                    }
                    node.proposed = after;
                }
                return;
            }
            if (term.constant != null) {
                return;
            }
            Interval left = term.left.forward;
            Interval right = term.right.forward;
            boolean toLeft = term.left.constant == null;
            boolean toRight = term.right.constant == null;
            Interval forLeft = null;
            Interval forRight = null;
            switch (term.operator) {
                case PLUS:
                    forLeft = toLeft ? target.minus(right) : null;
                    forRight = toRight ? target.minus(left) : null;
                    break;
                case MINUS:
                    forLeft = toLeft ? target.plus(right) : null;
                    forRight = toRight ? left.minus(target) : null;
                    break;
                case TIMES:
                    forLeft = toLeft ? target.dividedBy(right, !target.containsZero()) : null;
                    forRight = toRight ? target.dividedBy(left, !target.containsZero()) : null;
                    break;
                default:
                    // a = m × b holds only where b is not zero: a divisor that is exactly zero leaves the quotient
                    // without a value, and says nothing about the dividend.
                    forLeft = toLeft && !right.isZero() ? target.times(right) : null;
                    forRight = toRight ? left.dividedBy(target, !left.containsZero()) : null;
                    break;
            }
            if (forLeft != null) {
                backward(term.left, within(left, forLeft));
            }
            if (forRight != null) {
                backward(term.right, within(right, forRight));
            }
        }

        /** The projection cut to the operand's own interval, or the bare projection when they do not meet. */
        private Interval within(Interval operand, Interval projection) {
            Interval cut = operand.intersect(projection);
            return cut.isEmpty() ? projection : cut;
        }
    }

    private static void mark(boolean[] holding, int[] parent, Node node) {
        if (node != null) {
            holding[root(parent, node.index)] = true;
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[ra] = rb;
        }
    }

    /** Measures and the metrics declared so (see {@link MetricDefinition#neverNegative()}); nothing else. */
    private static boolean neverNegative(Variable variable, MetricDefinition definition) {
        if (definition == null) {
            return variable.metric().value().startsWith("entered:");
        }
        return definition.neverNegative();
    }

    /** entered:to ÷ entered:from × 100, the conversion between two stages in percent points. */
    static Expression stageConversion(StageScope scope) {
        return Expression.times(
                Expression.divide(
                        new Expression.Reference(MetricKey.stageEntries(scope.to())),
                        new Expression.Reference(MetricKey.stageEntries(scope.from()))),
                new Expression.Constant(HUNDRED));
    }
}
