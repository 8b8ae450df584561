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
 *
 * <p>Metrics and quantities are interned once per evaluation to small dense numbers (see {@link #metricId} and
 * {@link #variableOf}), each quantity's formula is resolved once, and the networks find their quantities by array
 * index: at 100k targets, hashing {@link Variable} records into maps that no longer fit the caches was most of the
 * engine's time.
 */
public final class IntervalPropagation {

    /** Revisions per formula before propagation gives up narrowing further: a guard against slow convergence. */
    public static final int MAX_REVISIONS = 64;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Constraint[] NO_CONSTRAINTS = {};
    private static final int[] NO_VARIABLES = {};
    /** The formula of a quantity that has none. */
    private static final Formula NO_FORMULA = new Formula(NO_VARIABLES, null);
    /** {@link #stageConversion} compiled over its two operands: the entries into the later stage, then the earlier. */
    private static final Template STAGE_CONVERSION = new Template(
            Expression.Operator.TIMES,
            new Template(
                    Expression.Operator.DIVIDE,
                    new Template(null, null, null, 0, null),
                    new Template(null, null, null, 1, null),
                    -1,
                    null),
            new Template(null, null, null, -1, Interval.point(HUNDRED, Why.NONE)),
            -1,
            null);

    private final AlignmentPlan plan;
    private final MetricCatalog catalog;
    private final Map<MetricKey, List<MetricDefinition>> usedBy = new HashMap<>();
    /** The metric of the entries into each stage met, by the stage's key. */
    private final Map<String, Integer> enteredByStage = new HashMap<>();

    // Metrics met, by dense number: the catalog's definition, whether never negative, the unscoped quantity.
    private final Map<MetricKey, Integer> metricIds = new HashMap<>();
    private MetricKey[] metricKeys = new MetricKey[64];
    private MetricDefinition[] definitions = new MetricDefinition[64];
    private boolean[] neverNegative = new boolean[64];
    private int[] unscopedOf = new int[64];
    private int metricCount;

    // Quantities met, by dense number: the variable, its metric, its formula and the quantities computed from it.
    private final Map<Variable, Integer> variableIds = new HashMap<>();
    private Variable[] variables = new Variable[64];
    private int[] metricOf = new int[64];
    private Formula[] formulas = new Formula[64];
    private int[][] users = new int[64][];
    private int variableCount;

    /** The quantity of each target in force, by its place in {@link AlignmentPlan#targetsInForce}. */
    private int[] targetVariables;

    private List<KpiTarget> targetsInForce;

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
        List<Period> periods = plan.periodsInForce();
        targetsInForce = plan.targetsInForce();
        targetVariables = new int[targetsInForce.size()];
        int[][] byPeriod = new int[periods.size()][];
        int[] counts = new int[periods.size()];
        int[] periodOf = new int[targetsInForce.size()];
        for (int t = 0; t < targetsInForce.size(); t++) {
            KpiTarget target = targetsInForce.get(t);
            targetVariables[t] = variableOf(target);
            int p = periods.indexOf(target.period());
            periodOf[t] = p;
            counts[p]++;
        }
        for (int p = 0; p < periods.size(); p++) {
            byPeriod[p] = new int[counts[p]];
            counts[p] = 0;
        }
        for (int t = 0; t < periodOf.length; t++) {
            byPeriod[periodOf[t]][counts[periodOf[t]]++] = t;
        }
        List<Feasibility.Conflict> conflicts = new ArrayList<>();
        Map<Period, Interval[]> intervals = new HashMap<>();
        List<ImpliedRange> implied = new ArrayList<>();
        Map<Period, Feasibility.Unsettled> unsettled = new LinkedHashMap<>();
        Map<Period, Interval[]> actualIntervals = new HashMap<>();
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            Map<MetricKey, BigDecimal> actuals = period.equals(plan.period()) ? plan.actuals() : Map.of();
            if (byPeriod[p].length == 0 && actuals.isEmpty()) {
                continue;
            }
            Network network = settle(period, byPeriod[p], actuals, conflicts, unsettled);
            Interval[] finals = new Interval[variableCount];
            for (Node node : network.nodes) {
                if (node.dead) {
                    continue;
                }
                finals[node.variable] = node.domain;
                if (!node.targeted && node.domain.hasExplicitFiniteEnd()) {
                    implied.add(impliedRange(period, node));
                }
            }
            intervals.put(period, finals);
            if (network.actualsSetAside) {
                // Some actual was set aside in a conflict: what the actuals alone imply is still worth judging.
                Network facts = new Network(period);
                facts.seed(NO_VARIABLES, actuals);
                facts.propagate();
                Interval[] fromActuals = new Interval[variableCount];
                for (Node node : facts.nodes) {
                    if (!node.dead) {
                        fromActuals[node.variable] = node.domain;
                    }
                }
                actualIntervals.put(period, fromActuals);
            }
        }
        return new Feasibility(conflicts, variableIds, intervals, implied, unsettled, actualIntervals);
    }

    /**
     * Propagates a period's targets and actuals until no conflict is left. Each round records the conflicts it finds
     * whose premises share nothing with each other, sets those premises aside and propagates the rest again, so one
     * conflict never hides another that rests on other targets. Returns the last network, in which nothing conflicts.
     * Targets are given by their place in the targets in force.
     */
    private Network settle(
            Period period,
            int[] targets,
            Map<MetricKey, BigDecimal> actuals,
            List<Feasibility.Conflict> conflicts,
            Map<Period, Feasibility.Unsettled> unsettled) {
        boolean[] setAsideTargets = null;
        Set<MetricKey> setAsideActuals = new HashSet<>();
        // The quantities of the premises set aside in the first round: the parts of the network they lie in.
        int[] setAsideVariables = NO_VARIABLES;
        int setAsideCount = 0;
        // After the first round only the parts of the network that hold a set-aside premise can change: the rest is
        // kept from the first round instead of being built and propagated again (see Network#keepUnchanged).
        Network first = null;
        boolean[] affected = null;
        while (true) {
            int[] keptTargets = new int[targets.length];
            int keptCount = 0;
            for (int target : targets) {
                if ((setAsideTargets == null || !setAsideTargets[target])
                        && (first == null || first.holds(affected, targetVariables[target]))) {
                    keptTargets[keptCount++] = target;
                }
            }
            if (keptCount < keptTargets.length) {
                keptTargets = Arrays.copyOf(keptTargets, keptCount);
            }
            Map<MetricKey, BigDecimal> keptActuals = new LinkedHashMap<>();
            for (Map.Entry<MetricKey, BigDecimal> actual : actuals.entrySet()) {
                if (!setAsideActuals.contains(actual.getKey())
                        && (first == null || first.holds(affected, unscoped(metricId(actual.getKey()))))) {
                    keptActuals.put(actual.getKey(), actual.getValue());
                }
            }
            Network network = new Network(period);
            network.seed(keptTargets, keptActuals);
            network.propagate();
            if (network.capped != null && !unsettled.containsKey(period)) {
                List<KpiTarget> kept = new ArrayList<>(keptTargets.length);
                for (int target : keptTargets) {
                    kept.add(targetsInForce.get(target));
                }
                unsettled.put(
                        period, new Feasibility.Unsettled(period, variables[network.capped.result.variable], kept));
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
                    boolean added;
                    int variable;
                    if (premise.kind == Premise.Kind.TARGET) {
                        if (setAsideTargets == null) {
                            setAsideTargets = new boolean[targetsInForce.size()];
                        }
                        added = !setAsideTargets[premise.index];
                        setAsideTargets[premise.index] = true;
                        variable = targetVariables[premise.index];
                    } else {
                        added = setAsideActuals.add(premise.metric);
                        variable = unscoped(metricId(premise.metric));
                    }
                    setAside |= added;
                    if (added && first == null) {
                        if (setAsideCount == setAsideVariables.length) {
                            setAsideVariables = Arrays.copyOf(setAsideVariables, Math.max(8, setAsideCount * 2));
                        }
                        setAsideVariables[setAsideCount++] = variable;
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
                affected = first.componentsHolding(setAsideVariables, setAsideCount);
            }
        }
    }

    /** The dense number of a metric, interned on first sight with its definition. */
    private int metricId(MetricKey metric) {
        Integer known = metricIds.get(metric);
        if (known != null) {
            return known;
        }
        int id = metricCount++;
        if (id == metricKeys.length) {
            int size = id * 2;
            metricKeys = Arrays.copyOf(metricKeys, size);
            definitions = Arrays.copyOf(definitions, size);
            neverNegative = Arrays.copyOf(neverNegative, size);
            unscopedOf = Arrays.copyOf(unscopedOf, size);
        }
        MetricDefinition definition = catalog.find(metric).orElse(null);
        metricKeys[id] = metric;
        definitions[id] = definition;
        neverNegative[id] = neverNegative(metric, definition);
        unscopedOf[id] = -1;
        metricIds.put(metric, id);
        return id;
    }

    /** The quantity of a target: its metric's unscoped quantity, or the metric between its two stages. */
    private int variableOf(KpiTarget target) {
        int metric = metricId(target.metric());
        if (target.scope().isEmpty()) {
            return unscoped(metric);
        }
        Variable variable = new Variable(target.metric(), target.scope());
        Integer known = variableIds.get(variable);
        return known != null ? known : newVariable(variable, metric);
    }

    /** The unscoped quantity of a metric (by its dense number). */
    private int unscoped(int metric) {
        int variable = unscopedOf[metric];
        if (variable < 0) {
            variable = newVariable(Variable.of(metricKeys[metric]), metric);
            unscopedOf[metric] = variable;
        }
        return variable;
    }

    private int newVariable(Variable variable, int metric) {
        int id = variableCount++;
        if (id == variables.length) {
            int size = id * 2;
            variables = Arrays.copyOf(variables, size);
            metricOf = Arrays.copyOf(metricOf, size);
            formulas = Arrays.copyOf(formulas, size);
            users = Arrays.copyOf(users, size);
        }
        variables[id] = variable;
        metricOf[id] = metric;
        variableIds.put(variable, id);
        return id;
    }

    /** The formula that computes the quantity, resolved on first use: {@link #NO_FORMULA} where none does. */
    private Formula formula(int variable) {
        Formula formula = formulas[variable];
        if (formula == null) {
            formula = stageFormula(variable);
        }
        if (formula == null) {
            Expression expression = expression(variable);
            if (expression == null) {
                formula = NO_FORMULA;
            } else {
                List<Integer> operands = new ArrayList<>();
                Template root = template(expression, operands);
                int[] ids = new int[operands.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = operands.get(i);
                }
                formula = new Formula(ids, root);
            }
            formulas[variable] = formula;
        }
        return formula;
    }

    private Expression expression(int variable) {
        MetricDefinition definition = definitions[metricOf[variable]];
        return definition == null || definition.stageScoped()
                ? null
                : definition.formula().orElse(null);
    }

    /**
     * A stage-scoped quantity's formula, {@link #stageConversion} over the entries into its two stages; {@code null}
     * for any other quantity. Every stage conversion shares one compiled expression.
     */
    private Formula stageFormula(int variable) {
        MetricDefinition definition = definitions[metricOf[variable]];
        Optional<StageScope> scope = variables[variable].scope();
        if (definition == null || !definition.stageScoped()) {
            return null;
        }
        if (scope.isEmpty()) {
            return NO_FORMULA;
        }
        int to = unscoped(entered(scope.get().to()));
        int from = unscoped(entered(scope.get().from()));
        return new Formula(new int[] {to, from}, STAGE_CONVERSION);
    }

    /** The metric of the entries into a stage, by the stage's key: no new metric key for a stage already met. */
    private int entered(String stage) {
        Integer known = enteredByStage.get(stage);
        if (known == null) {
            known = metricId(MetricKey.stageEntries(stage));
            enteredByStage.put(stage, known);
        }
        return known;
    }

    /** The expression with each reference resolved to its place among the formula's operands (in order met). */
    private Template template(Expression expression, List<Integer> operands) {
        if (expression instanceof Expression.Reference) {
            int operand = unscoped(metricId(((Expression.Reference) expression).key()));
            int slot = operands.indexOf(operand);
            if (slot < 0) {
                slot = operands.size();
                operands.add(operand);
            }
            return new Template(null, null, null, slot, null);
        }
        if (expression instanceof Expression.Constant) {
            return new Template(
                    null, null, null, -1, Interval.point(((Expression.Constant) expression).value(), Why.NONE));
        }
        Expression.Binary binary = (Expression.Binary) expression;
        return new Template(
                binary.operator(), template(binary.left(), operands), template(binary.right(), operands), -1, null);
    }

    /** The unscoped quantities of the metrics whose formulas refer to this unscoped quantity. */
    private int[] users(int variable) {
        int[] found = users[variable];
        if (found == null) {
            List<MetricDefinition> using = usedBy.get(metricKeys[metricOf[variable]]);
            found = NO_VARIABLES;
            if (using != null) {
                found = new int[using.size()];
                for (int i = 0; i < found.length; i++) {
                    found[i] = unscoped(metricId(using.get(i).key()));
                }
            }
            users[variable] = found;
        }
        return found;
    }

    private ImpliedRange impliedRange(Period period, Node node) {
        Interval d = node.domain;
        Optional<BigDecimal> min = Optional.ofNullable(d.lo).map(v -> outward(v, RoundingMode.FLOOR));
        Optional<BigDecimal> max = Optional.ofNullable(d.hi).map(v -> outward(v, RoundingMode.CEILING));
        Variable variable = variables[node.variable];
        return new ImpliedRange(variable.metric(), variable.scope(), period, min, max);
    }

    private static BigDecimal outward(BigDecimal value, RoundingMode mode) {
        return value.scale() > 2 ? value.setScale(2, mode) : value;
    }

    /** A quantity's formula, resolved once per evaluation: its operands' quantities and its expression over them. */
    private static final class Formula {
        final int[] operands;
        final Template root;

        Formula(int[] operands, Template root) {
            this.operands = operands;
            this.root = root;
        }
    }

    /** An expression whose references are places among its formula's operands. */
    private static final class Template {
        final Expression.Operator operator;
        final Template left;
        final Template right;
        /** The operand's place, or -1 when this is not a reference. */
        final int operand;

        final Interval constant;

        Template(Expression.Operator operator, Template left, Template right, int operand, Interval constant) {
            this.operator = operator;
            this.left = left;
            this.right = right;
            this.operand = operand;
            this.constant = constant;
        }
    }

    /** A quantity of the network. */
    private static final class Node {
        /** Its dense number in the evaluation (see {@link #variableOf}). */
        final int variable;
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

        Node(int variable, Interval domain, int index) {
            this.variable = variable;
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
        /** The quantities in the order met. */
        List<Node> nodes = new ArrayList<>();
        /** The quantities by dense number; {@code null} where not met. */
        private Node[] byVariable = new Node[Math.max(16, variableCount)];

        final List<Constraint> constraints = new ArrayList<>();
        final ArrayDeque<Node> toExpand = new ArrayDeque<>();
        final ArrayDeque<Constraint> queue = new ArrayDeque<>();
        final List<Feasibility.Conflict> conflicts = new ArrayList<>();
        final List<Node> touched = new ArrayList<>();
        /** Whether some of the period's actuals were set aside in a conflict before this network was built. */
        boolean actualsSetAside;
        /** The first formula that reached {@value #MAX_REVISIONS} revisions while still narrowing, if any. */
        Constraint capped;

        Network(Period period) {
            this.period = period;
        }

        /** Seeds the targets (by their place in the targets in force) and the actuals. */
        void seed(int[] targets, Map<MetricKey, BigDecimal> actuals) {
            for (int t : targets) {
                KpiTarget target = targetsInForce.get(t);
                Node node = node(targetVariables[t]);
                node.targeted = true;
                Why why = Why.of(Premise.target(target, t, premiseOrder++));
                Interval bar = new Interval(
                        target.threshold().lower().orElse(null),
                        target.threshold().upper().orElse(null),
                        why,
                        why);
                restrict(node, bar);
            }
            for (Map.Entry<MetricKey, BigDecimal> actual : actuals.entrySet()) {
                int metric = metricId(actual.getKey());
                MetricDefinition definition = definitions[metric];
                if (definition != null && definition.stageScoped()) {
                    continue;
                }
                Node node = node(unscoped(metric));
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
                conflicts.add(new Feasibility.Conflict(period, variables[node.variable], narrowed));
                node.dead = true;
            } else {
                node.domain = narrowed;
            }
        }

        private Node existing(int variable) {
            return variable < byVariable.length ? byVariable[variable] : null;
        }

        private Node node(int variable) {
            Node existing = existing(variable);
            if (existing != null) {
                return existing;
            }
            if (variable >= byVariable.length) {
                byVariable = Arrays.copyOf(byVariable, Math.max(variable + 1, byVariable.length * 2));
            }
            Node node = new Node(
                    variable,
                    neverNegative[metricOf[variable]] ? Interval.nonNegative() : Interval.EVERYTHING,
                    nodes.size());
            nodes.add(node);
            byVariable[variable] = node;
            toExpand.add(node);
            return node;
        }

        private void expand(Node node) {
            Formula formula = formula(node.variable);
            if (formula != NO_FORMULA) {
                Node[] operands = new Node[formula.operands.length];
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = node(formula.operands[i]);
                }
                Constraint constraint = new Constraint(node, compile(formula.root, operands), operands);
                constraints.add(constraint);
                node.watch(constraint);
                for (Node operand : operands) {
                    if (operand != node) {
                        operand.watch(constraint);
                    }
                }
            }
            if (variables[node.variable].scope().isEmpty()) {
                for (int user : users(node.variable)) {
                    node(user);
                }
            }
        }

        private Term compile(Template template, Node[] operands) {
            if (template.operand >= 0) {
                return new Term(null, null, null, operands[template.operand], null);
            }
            if (template.constant != null) {
                return new Term(null, null, null, null, template.constant);
            }
            return new Term(
                    template.operator, compile(template.left, operands), compile(template.right, operands), null, null);
        }

        /**
         * For each quantity, whether the connected part of the network it lies in (quantities joined by formulas)
         * holds one of the given quantities. Nothing propagates between parts, so a part without a set-aside premise
         * settles the same way when they are set aside.
         */
        boolean[] componentsHolding(int[] held, int count) {
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
            for (int i = 0; i < count; i++) {
                mark(holding, parent, existing(held[i]));
            }
            boolean[] byNode = new boolean[parent.length];
            for (int i = 0; i < parent.length; i++) {
                byNode[i] = holding[root(parent, i)];
            }
            return byNode;
        }

        /** Whether the quantity lies in a part that {@link #componentsHolding} marked. */
        boolean holds(boolean[] marked, int variable) {
            Node node = existing(variable);
            return node != null && marked[node.index];
        }

        /**
         * Takes the unmarked parts of the first round's network as they settled there, in the first network's order,
         * beside this network's own quantities (all of which lie in marked parts).
         */
        void keepUnchanged(Network first, boolean[] marked) {
            List<Node> merged = new ArrayList<>(first.nodes.size());
            for (Node node : first.nodes) {
                Node kept = marked[node.index] ? existing(node.variable) : node;
                if (kept != null) {
                    merged.add(kept);
                }
            }
            nodes = merged;
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
                conflicts.add(new Feasibility.Conflict(period, variables[at.variable], empty));
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
    private static boolean neverNegative(MetricKey metric, MetricDefinition definition) {
        if (definition == null) {
            return metric.value().startsWith("entered:");
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
