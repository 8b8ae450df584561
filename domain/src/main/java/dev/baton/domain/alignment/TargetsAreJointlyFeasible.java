package dev.baton.domain.alignment;

import dev.baton.domain.alignment.feasibility.Feasibility;
import dev.baton.domain.alignment.feasibility.Interval;
import dev.baton.domain.alignment.feasibility.IntervalPropagation;
import dev.baton.domain.alignment.feasibility.Premise;
import dev.baton.domain.alignment.feasibility.Variable;
import dev.baton.domain.alignment.feasibility.Why;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule 3: the targets of a period can all be met together. Every target is an interval, propagated through the
 * catalog's formulas (see {@link IntervalPropagation}); an interval that comes out empty is an INFEASIBLE_TARGETS
 * VIOLATION naming the targets its two ends rest on and the bound they imply: "with at most 21 deals, new revenue ≥
 * 1,000,000 needs an average deal value ≥ 47,619.05, but the target is at most 40,000".
 *
 * <p>Every independent conflict is its own finding: a conflict's targets are set aside and the rest checked again,
 * so the first conflict never silences the rest of the period. Two teams' bars on one metric that do not overlap are
 * left to {@link NoConflictingBars}, which reports them as DISJOINT_TARGETS.
 *
 * <p>When propagation stops at its revision cap before the ranges settle, a FEASIBILITY_UNSETTLED WARNING says so:
 * conflicts among the period's targets may then be missed.
 */
public final class TargetsAreJointlyFeasible implements AlignmentRule {

    @Override
    public List<Finding> check(AlignmentPlan plan) {
        List<Finding> findings = new ArrayList<>();
        for (Feasibility.Conflict conflict : plan.feasibility().conflicts()) {
            if (reportedAsDisjoint(conflict)) {
                continue;
            }
            findings.add(explain(plan, conflict));
        }
        for (Period period : plan.periodsInForce()) {
            plan.feasibility().unsettled(period).ifPresent(unsettled -> findings.add(unsettled(plan, unsettled)));
        }
        return findings;
    }

    private static Finding unsettled(AlignmentPlan plan, Feasibility.Unsettled unsettled) {
        Set<TeamId> teams = new LinkedHashSet<>();
        Set<MetricKey> metrics = new LinkedHashSet<>();
        List<KpiTargetId> targets = new ArrayList<>();
        metrics.add(unsettled.at().metric());
        for (KpiTarget target : unsettled.targets()) {
            teams.add(target.team());
            metrics.add(target.metric());
            targets.add(target.id());
        }
        Object name = Naming.metric(
                plan.catalog(), unsettled.at().metric(), unsettled.at().scope());
        return Finding.warning(
                        FindingCode.FEASIBILITY_UNSETTLED,
                        List.copyOf(teams),
                        List.copyOf(metrics),
                        Phrase.of(
                                "finding.FEASIBILITY_UNSETTLED",
                                unsettled.period().toString(),
                                IntervalPropagation.MAX_REVISIONS,
                                name))
                .withTargets(targets);
    }

    private static boolean reportedAsDisjoint(Feasibility.Conflict conflict) {
        Interval empty = conflict.interval();
        List<Premise> premises = Why.union(empty.loWhy, empty.hiWhy).explicitPremises();
        Set<TeamId> teams = new LinkedHashSet<>();
        for (Premise premise : premises) {
            if (premise.kind != Premise.Kind.TARGET || !premise.isOn(conflict.variable())) {
                return false;
            }
            teams.add(premise.target.team());
        }
        return teams.size() > 1;
    }

    private static Finding explain(AlignmentPlan plan, Feasibility.Conflict conflict) {
        MetricCatalog catalog = plan.catalog();
        Variable variable = conflict.variable();
        Interval empty = conflict.interval();
        List<Premise> lower = empty.loWhy.explicitPremises();
        List<Premise> upper = empty.hiWhy.explicitPremises();
        boolean lowerOwn = own(lower, variable);
        boolean upperOwn = own(upper, variable);
        Object name = Naming.metric(catalog, variable.metric(), variable.scope());
        BigDecimal least = Naming.shown(empty.lo, RoundingMode.CEILING);
        BigDecimal most = Naming.shown(empty.hi, RoundingMode.FLOOR);
        Phrase atLeast = Phrase.of("threshold.AT_LEAST", least);
        Phrase atMost = Phrase.of("threshold.AT_MOST", most);
        String period = conflict.period().toString();

        Phrase message;
        if (lowerOwn && upperOwn) {
            message = Phrase.of(
                    "finding.INFEASIBLE_TARGETS.both",
                    name,
                    least,
                    most,
                    own(lower, "least", least),
                    own(upper, "most", most),
                    period);
        } else if (lowerOwn) {
            message = Phrase.of(
                    "finding.INFEASIBLE_TARGETS.but",
                    derived(plan, upper, variable, atMost),
                    own(lower, "least", least),
                    period);
        } else if (upperOwn) {
            message = Phrase.of(
                    "finding.INFEASIBLE_TARGETS.but",
                    derived(plan, lower, variable, atLeast),
                    own(upper, "most", most),
                    period);
        } else {
            message = Phrase.of(
                    "finding.INFEASIBLE_TARGETS.while",
                    derived(plan, lower, variable, atLeast),
                    derived(plan, upper, variable, atMost),
                    period);
        }

        Set<TeamId> teams = new LinkedHashSet<>();
        Set<MetricKey> metrics = new LinkedHashSet<>();
        Set<KpiTargetId> targets = new LinkedHashSet<>();
        metrics.add(variable.metric());
        for (Premise premise : Why.union(empty.loWhy, empty.hiWhy).explicitPremises()) {
            metrics.add(premise.metric);
            if (premise.kind == Premise.Kind.TARGET) {
                teams.add(premise.target.team());
                targets.add(premise.target.id());
            }
        }
        return Finding.violation(FindingCode.INFEASIBLE_TARGETS, List.copyOf(teams), List.copyOf(metrics), message)
                .withTargets(List.copyOf(targets));
    }

    private static boolean own(List<Premise> premises, Variable variable) {
        for (Premise premise : premises) {
            if (!premise.isOn(variable)) {
                return false;
            }
        }
        return true;
    }

    /** "the actual is 21", "the target is at least 40,000", "the targets say at most 500". */
    private static Phrase own(List<Premise> premises, String side, BigDecimal value) {
        if (!premises.isEmpty() && premises.get(0).kind == Premise.Kind.ACTUAL) {
            return Phrase.of("infeasible.own.actual", value);
        }
        return Phrase.of("infeasible.own." + (premises.size() > 1 ? "targets." : "target.") + side, value);
    }

    /** The premises a derived bound rests on, measures first and computed metrics last (the last one is the subject). */
    private static List<Premise> ordered(AlignmentPlan plan, List<Premise> premises, Variable variable) {
        List<Premise> measures = new ArrayList<>();
        List<Premise> computed = new ArrayList<>();
        for (Premise premise : premises) {
            if (premise.isOn(variable)) {
                continue;
            }
            boolean hasFormula = plan.catalog()
                    .find(premise.metric)
                    .map(d -> d.formula().isPresent() || d.stageScoped())
                    .orElse(false);
            (hasFormula ? computed : measures).add(premise);
        }
        measures.addAll(computed);
        return measures;
    }

    /**
     * The bound the other targets imply, and what it rests on: "with at most 21 deals, new revenue ≥ 1,000,000 needs
     * an average deal value ≥ 47,619.05".
     */
    private static Phrase derived(AlignmentPlan plan, List<Premise> premises, Variable variable, Phrase bound) {
        List<Premise> ordered = ordered(plan, premises, variable);
        if (ordered.isEmpty()) {
            return Phrase.of(
                    "infeasible.must", Naming.metric(plan.catalog(), variable.metric(), variable.scope()), bound);
        }
        Phrase needs = Phrase.of(
                "infeasible.needs",
                subject(plan, ordered.get(ordered.size() - 1)),
                Naming.withArticle(plan.catalog(), variable.metric(), variable.scope()),
                bound);
        if (ordered.size() == 1) {
            return needs;
        }
        List<Object> with = new ArrayList<>();
        for (Premise premise : ordered.subList(0, ordered.size() - 1)) {
            with.add(with(plan, premise));
        }
        return Phrase.of("infeasible.with", Naming.chained("infeasible.and", with), needs);
    }

    private static Object premiseName(AlignmentPlan plan, Premise premise) {
        return premise.kind == Premise.Kind.TARGET
                ? Naming.metric(plan.catalog(), premise.metric, premise.target.scope())
                : Naming.metric(plan.catalog(), premise.metric);
    }

    /** "deals at 21 (actual)", "at most 21 deals", "at least 1,000,000 new revenue", "CAC between 10 and 20". */
    private static Phrase with(AlignmentPlan plan, Premise premise) {
        Object name = premiseName(plan, premise);
        if (premise.kind == Premise.Kind.ACTUAL) {
            return Phrase.of("infeasible.with.actual", name, Naming.shown(premise.actual));
        }
        KpiTarget target = premise.target;
        if (target.threshold().comparison() == Comparison.AT_MOST) {
            return Phrase.of(
                    "infeasible.with.AT_MOST",
                    name,
                    Naming.shown(target.threshold().upper().orElseThrow()));
        }
        if (target.threshold().comparison() == Comparison.AT_LEAST) {
            return Phrase.of(
                    "infeasible.with.AT_LEAST",
                    name,
                    Naming.shown(target.threshold().lower().orElseThrow()));
        }
        return Phrase.of("infeasible.with.BETWEEN", name, Naming.threshold(target.threshold()));
    }

    /** "an actual deals of 21", "new revenue ≥ 1,000,000". */
    private static Phrase subject(AlignmentPlan plan, Premise premise) {
        Object name = premiseName(plan, premise);
        if (premise.kind == Premise.Kind.ACTUAL) {
            return Phrase.of("infeasible.subject.actual", name, Naming.shown(premise.actual));
        }
        return Phrase.of("infeasible.subject.target", name, Naming.threshold(premise.target.threshold()));
    }
}
