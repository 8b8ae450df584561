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
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
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
        String nameEn = Wording.nameEn(
                plan.catalog(), unsettled.at().metric(), unsettled.at().scope());
        String nameZh = Wording.nameZh(
                plan.catalog(), unsettled.at().metric(), unsettled.at().scope());
        int cap = IntervalPropagation.MAX_REVISIONS;
        return Finding.warning(
                        FindingCode.FEASIBILITY_UNSETTLED,
                        List.copyOf(teams),
                        List.copyOf(metrics),
                        LocalizedText.of(
                                "the feasibility check of " + unsettled.period() + " stopped after " + cap
                                        + " revisions of a formula (at " + nameEn + ") before the ranges settled:"
                                        + " conflicts among these targets may be missed, and implied ranges may be"
                                        + " wider than the targets allow",
                                unsettled.period() + " 的可行性检查在一个公式修正 " + cap + " 次后停止（位于" + nameZh
                                        + "），区间尚未收敛：这些目标之间的冲突可能未被发现，推断范围也可能比目标允许的更宽"))
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
        String nameEn = Wording.nameEn(catalog, variable.metric(), variable.scope());
        String nameZh = Wording.nameZh(catalog, variable.metric(), variable.scope());
        String least = Wording.number(empty.lo, RoundingMode.CEILING);
        String most = Wording.number(empty.hi, RoundingMode.FLOOR);

        String en;
        String zh;
        if (lowerOwn && upperOwn) {
            en = nameEn + " cannot be both ≥ " + least + " and ≤ " + most + " (" + ownEn(lower, "at least", least)
                    + "; " + ownEn(upper, "at most", most) + ")";
            zh = nameZh + "不能同时 ≥ " + least + " 且 ≤ " + most;
        } else if (lowerOwn) {
            en = derivedEn(plan, upper, variable, nameEn, "≤ " + most) + ", but " + ownEn(lower, "at least", least);
            zh = derivedZh(plan, upper, variable, nameZh, "≤ " + most) + "，但" + ownZh(lower, "至少", least);
        } else if (upperOwn) {
            en = derivedEn(plan, lower, variable, nameEn, "≥ " + least) + ", but " + ownEn(upper, "at most", most);
            zh = derivedZh(plan, lower, variable, nameZh, "≥ " + least) + "，但" + ownZh(upper, "最多", most);
        } else {
            en = derivedEn(plan, lower, variable, nameEn, "≥ " + least) + ", while "
                    + derivedEn(plan, upper, variable, nameEn, "≤ " + most);
            zh = derivedZh(plan, lower, variable, nameZh, "≥ " + least) + "，而"
                    + derivedZh(plan, upper, variable, nameZh, "≤ " + most);
        }
        en = en + " (" + conflict.period() + ")";
        zh = zh + "（" + conflict.period() + "）";

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
        return Finding.violation(
                        FindingCode.INFEASIBLE_TARGETS,
                        List.copyOf(teams),
                        List.copyOf(metrics),
                        LocalizedText.of(en, zh))
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

    private static String ownEn(List<Premise> premises, String comparison, String value) {
        if (!premises.isEmpty() && premises.get(0).kind == Premise.Kind.ACTUAL) {
            return "the actual is " + value;
        }
        return (premises.size() > 1 ? "the targets say " : "the target is ") + comparison + " " + value;
    }

    private static String ownZh(List<Premise> premises, String comparison, String value) {
        if (!premises.isEmpty() && premises.get(0).kind == Premise.Kind.ACTUAL) {
            return "实际值为 " + value;
        }
        return "目标为" + comparison + " " + value;
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

    private static String derivedEn(
            AlignmentPlan plan, List<Premise> premises, Variable variable, String name, String bound) {
        List<Premise> ordered = ordered(plan, premises, variable);
        String needs = "needs " + Wording.withArticle(name) + " " + bound;
        if (ordered.isEmpty()) {
            return name + " must be " + bound;
        }
        List<String> with = new ArrayList<>();
        for (Premise premise : ordered.subList(0, ordered.size() - 1)) {
            with.add(withEn(plan, premise));
        }
        String subject = subjectEn(plan, ordered.get(ordered.size() - 1));
        return (with.isEmpty() ? "" : "with " + String.join(" and ", with) + ", ") + subject + " " + needs;
    }

    private static String derivedZh(
            AlignmentPlan plan, List<Premise> premises, Variable variable, String name, String bound) {
        List<Premise> ordered = ordered(plan, premises, variable);
        if (ordered.isEmpty()) {
            return name + "必须 " + bound;
        }
        List<String> with = new ArrayList<>();
        for (Premise premise : ordered.subList(0, ordered.size() - 1)) {
            with.add(withZh(plan, premise));
        }
        String subject = subjectZh(plan, ordered.get(ordered.size() - 1));
        return (with.isEmpty() ? "" : "在" + String.join("、", with) + " 的情况下，") + subject + " 需要" + name + " " + bound;
    }

    private static String premiseNameEn(AlignmentPlan plan, Premise premise) {
        return premise.kind == Premise.Kind.TARGET
                ? Wording.nameEn(plan.catalog(), premise.metric, premise.target.scope())
                : Wording.nameEn(plan.catalog(), premise.metric);
    }

    private static String premiseNameZh(AlignmentPlan plan, Premise premise) {
        return premise.kind == Premise.Kind.TARGET
                ? Wording.nameZh(plan.catalog(), premise.metric, premise.target.scope())
                : Wording.nameZh(plan.catalog(), premise.metric);
    }

    private static String withEn(AlignmentPlan plan, Premise premise) {
        String name = premiseNameEn(plan, premise);
        if (premise.kind == Premise.Kind.ACTUAL) {
            return name + " at " + Wording.number(premise.actual) + " (actual)";
        }
        KpiTarget target = premise.target;
        if (target.threshold().comparison() == Comparison.AT_MOST) {
            return "at most " + Wording.number(target.threshold().upper().orElseThrow()) + " " + name;
        }
        if (target.threshold().comparison() == Comparison.AT_LEAST) {
            return "at least " + Wording.number(target.threshold().lower().orElseThrow()) + " " + name;
        }
        return name + " " + Wording.thresholdEn(target.threshold());
    }

    private static String withZh(AlignmentPlan plan, Premise premise) {
        String name = premiseNameZh(plan, premise);
        if (premise.kind == Premise.Kind.ACTUAL) {
            return name + "实际为 " + Wording.number(premise.actual);
        }
        KpiTarget target = premise.target;
        if (target.threshold().comparison() == Comparison.AT_MOST) {
            return name + "最多 " + Wording.number(target.threshold().upper().orElseThrow());
        }
        if (target.threshold().comparison() == Comparison.AT_LEAST) {
            return name + "至少 " + Wording.number(target.threshold().lower().orElseThrow());
        }
        return name + Wording.thresholdZh(target.threshold());
    }

    private static String subjectEn(AlignmentPlan plan, Premise premise) {
        String name = premiseNameEn(plan, premise);
        if (premise.kind == Premise.Kind.ACTUAL) {
            return "an actual " + name + " of " + Wording.number(premise.actual);
        }
        return name + " " + Wording.thresholdEn(premise.target.threshold());
    }

    private static String subjectZh(AlignmentPlan plan, Premise premise) {
        String name = premiseNameZh(plan, premise);
        if (premise.kind == Premise.Kind.ACTUAL) {
            return name + "实际为 " + Wording.number(premise.actual);
        }
        return name + " " + Wording.thresholdZh(premise.target.threshold());
    }
}
