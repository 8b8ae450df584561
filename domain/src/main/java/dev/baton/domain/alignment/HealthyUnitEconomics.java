package dev.baton.domain.alignment;

import dev.baton.domain.alignment.feasibility.Feasibility;
import dev.baton.domain.alignment.feasibility.Interval;
import dev.baton.domain.alignment.feasibility.Premise;
import dev.baton.domain.alignment.feasibility.Variable;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Rule 4: LTV / CAC should reach {@value #HEALTHY_RATIO_TEXT}. A WARNING when the period's targets and actuals pin it
 * below (its implied upper end, from a target on {@code ltv_to_cac} or from the LTV and CAC intervals, is under 3),
 * when an actual was set aside in a conflict with the targets and the actuals alone put it under 3, or when a target
 * on {@code ltv_to_cac} sets its bar below 3.
 *
 * <p>Every comparison is on the unrounded value: an LTV / CAC of 2.995 is below 3, and the message shows as many
 * decimals as it takes not to read "3".
 */
public final class HealthyUnitEconomics implements AlignmentRule {

    /** The benchmark: a customer should bring in at least three times what it cost to win. */
    public static final BigDecimal HEALTHY_RATIO = BigDecimal.valueOf(3);

    static final String HEALTHY_RATIO_TEXT = "3";

    static final MetricKey LTV_TO_CAC = MetricKey.of("ltv_to_cac");
    static final MetricKey LTV = MetricKey.of("ltv");
    static final MetricKey CAC = MetricKey.of("cac");

    @Override
    public List<Finding> check(AlignmentPlan plan) {
        List<Finding> findings = new ArrayList<>();
        Feasibility feasibility = plan.feasibility();
        for (Period period : plan.periodsInForce()) {
            Optional<Interval> ratio = ratio(period, feasibility::interval);
            if (ratio.isPresent() && below(ratio.get())) {
                findings.add(pinnedBelow(period, ratio.get()));
                continue;
            }
            Optional<Interval> actual = ratio(period, feasibility::fromActualsAlone);
            if (actual.isPresent() && below(actual.get())) {
                String most = below(actual.get().hi);
                findings.add(Finding.warning(
                        FindingCode.LOW_LTV_TO_CAC,
                        List.of(),
                        List.of(LTV_TO_CAC, LTV, CAC),
                        LocalizedText.of(
                                "the actuals put LTV / CAC at most " + most + " in " + period
                                        + ": below the healthy 3 (the targets in conflict with them aside)",
                                period + " 的实际值使 LTV / CAC 最多为 " + most + "，低于健康水平 3（与之冲突的目标不计）")));
                continue;
            }
            for (KpiTarget target : plan.targetsOn(LTV_TO_CAC)) {
                if (!target.period().equals(period)) {
                    continue;
                }
                Optional<BigDecimal> bar = target.threshold().lower();
                if (bar.isPresent() && bar.get().compareTo(HEALTHY_RATIO) < 0) {
                    String team = plan.teamName(target.team());
                    String least = below(bar.get());
                    findings.add(Finding.warning(
                                    FindingCode.LOW_LTV_TO_CAC,
                                    List.of(target.team()),
                                    List.of(LTV_TO_CAC),
                                    LocalizedText.of(
                                            team + " aims for LTV / CAC ≥ " + least + " in " + period
                                                    + ": a bar below the healthy 3",
                                            team + "在 " + period + " 的 LTV / CAC 目标为 ≥ " + least + "，低于健康水平 3"))
                            .withTargets(List.of(target.id())));
                }
            }
        }
        return findings;
    }

    /** LTV / CAC in a period: its own interval, or else LTV's divided by CAC's. */
    private static Optional<Interval> ratio(Period period, BiFunction<Period, Variable, Optional<Interval>> intervals) {
        Optional<Interval> ratio = intervals.apply(period, Variable.of(LTV_TO_CAC));
        if (ratio.isEmpty()) {
            Optional<Interval> ltv = intervals.apply(period, Variable.of(LTV));
            Optional<Interval> cac = intervals.apply(period, Variable.of(CAC));
            if (ltv.isPresent() && cac.isPresent()) {
                ratio = Optional.of(ltv.get().dividedBy(cac.get(), true));
            }
        }
        return ratio;
    }

    private static boolean below(Interval ratio) {
        return ratio.hi != null && ratio.hi.compareTo(HEALTHY_RATIO) < 0;
    }

    private static Finding pinnedBelow(Period period, Interval interval) {
        Set<TeamId> teams = new LinkedHashSet<>();
        List<KpiTargetId> ids = new ArrayList<>();
        for (Premise premise : interval.hiWhy.explicitPremises()) {
            if (premise.kind == Premise.Kind.TARGET) {
                teams.add(premise.target.team());
                ids.add(premise.target.id());
            }
        }
        String most = below(interval.hi);
        return Finding.warning(
                        FindingCode.LOW_LTV_TO_CAC,
                        List.copyOf(teams),
                        List.of(LTV_TO_CAC, LTV, CAC),
                        LocalizedText.of(
                                "with these targets and actuals LTV / CAC is at most " + most + " in " + period
                                        + ": below the healthy 3",
                                "在这些目标和实际值下，" + period + " 的 LTV / CAC 最多为 " + most + "，低于健康水平 3"))
                .withTargets(ids);
    }

    /**
     * A value below 3 written so that it does not read as 3 or more: two decimals rounded up, or as many more as it
     * takes (2.995 stays "2.995", never "3").
     */
    static String below(BigDecimal value) {
        for (int decimals = 2; decimals < 12; decimals++) {
            BigDecimal shown = value.setScale(decimals, RoundingMode.CEILING);
            if (shown.compareTo(HEALTHY_RATIO) < 0) {
                return shown.stripTrailingZeros().toPlainString();
            }
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
