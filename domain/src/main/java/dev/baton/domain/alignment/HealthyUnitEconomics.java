package dev.baton.domain.alignment;

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

/**
 * Rule 4: LTV / CAC should reach {@value #HEALTHY_RATIO_TEXT}. A WARNING when the period's targets and actuals pin it
 * below (its implied upper end, from a target on {@code ltv_to_cac} or from the LTV and CAC intervals, is under 3), or
 * when a target on {@code ltv_to_cac} sets its bar below 3.
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
            Optional<Interval> ratio = feasibility.interval(period, Variable.of(LTV_TO_CAC));
            if (ratio.isEmpty()) {
                Optional<Interval> ltv = feasibility.interval(period, Variable.of(LTV));
                Optional<Interval> cac = feasibility.interval(period, Variable.of(CAC));
                if (ltv.isPresent() && cac.isPresent()) {
                    ratio = Optional.of(ltv.get().dividedBy(cac.get(), true));
                }
            }
            if (ratio.isPresent() && ratio.get().hi != null && ratio.get().hi.compareTo(HEALTHY_RATIO) < 0) {
                Interval interval = ratio.get();
                Set<TeamId> teams = new LinkedHashSet<>();
                List<KpiTargetId> ids = new ArrayList<>();
                for (Premise premise : interval.hiWhy.explicitPremises()) {
                    if (premise.kind == Premise.Kind.TARGET) {
                        teams.add(premise.target.team());
                        ids.add(premise.target.id());
                    }
                }
                String most = Wording.number(interval.hi, RoundingMode.CEILING);
                findings.add(Finding.warning(
                                FindingCode.LOW_LTV_TO_CAC,
                                List.copyOf(teams),
                                List.of(LTV_TO_CAC, LTV, CAC),
                                LocalizedText.of(
                                        "with these targets and actuals LTV / CAC is at most " + most + " in " + period
                                                + ": below the healthy 3",
                                        "在这些目标和实际值下，" + period + " 的 LTV / CAC 最多为 " + most + "，低于健康水平 3"))
                        .withTargets(ids));
                continue;
            }
            for (KpiTarget target : plan.targetsOn(LTV_TO_CAC)) {
                if (!target.period().equals(period)) {
                    continue;
                }
                Optional<BigDecimal> bar = target.threshold().lower();
                if (bar.isPresent() && bar.get().compareTo(HEALTHY_RATIO) < 0) {
                    String team = plan.teamName(target.team());
                    findings.add(Finding.warning(
                                    FindingCode.LOW_LTV_TO_CAC,
                                    List.of(target.team()),
                                    List.of(LTV_TO_CAC),
                                    LocalizedText.of(
                                            team + " aims for LTV / CAC " + Wording.thresholdEn(target.threshold())
                                                    + " in " + period + ": a bar below the healthy 3",
                                            team + "在 " + period + " 的 LTV / CAC 目标为 "
                                                    + Wording.thresholdZh(target.threshold()) + "，低于健康水平 3"))
                            .withTargets(List.of(target.id())));
                }
            }
        }
        return findings;
    }
}
