package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.Push;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 2b: a known tension (from the plan's {@link TensionCatalog}) whose two sides are pushed by different teams,
 * neither of which holds the other's metric, is a TENSION VIOLATION carrying the catalog's reason. AT_LEAST pushes a
 * metric up, AT_MOST down, BETWEEN neither way.
 */
public final class NoUnresolvedTension implements AlignmentRule {

    @Override
    public List<Finding> check(AlignmentPlan plan) {
        List<Finding> findings = new ArrayList<>();
        for (Tension tension : plan.tensions().tensions()) {
            for (Period period : plan.periodsInForce()) {
                if (!tension.onlyWhenCapped().isEmpty() && !capped(plan, tension, period)) {
                    continue;
                }
                Map<TeamId, KpiTarget> pushingA = pushing(plan, tension.a(), period);
                if (pushingA.isEmpty()) {
                    continue;
                }
                Map<TeamId, KpiTarget> pushingB = pushing(plan, tension.b(), period);
                for (Map.Entry<TeamId, KpiTarget> a : pushingA.entrySet()) {
                    for (Map.Entry<TeamId, KpiTarget> b : pushingB.entrySet()) {
                        TeamId teamA = a.getKey();
                        TeamId teamB = b.getKey();
                        if (teamA.equals(teamB)
                                || plan.holds(teamA, tension.b().metric(), period)
                                || plan.holds(teamB, tension.a().metric(), period)) {
                            continue;
                        }
                        findings.add(finding(plan, tension, a.getValue(), b.getValue()));
                    }
                }
            }
        }
        return findings;
    }

    private static boolean capped(AlignmentPlan plan, Tension tension, Period period) {
        for (MetricKey spend : tension.onlyWhenCapped()) {
            for (KpiTarget target : plan.targetsOn(spend)) {
                if (target.period().equals(period) && target.threshold().comparison() == Comparison.AT_MOST) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<TeamId, KpiTarget> pushing(AlignmentPlan plan, Tension.Side side, Period period) {
        Map<TeamId, KpiTarget> teams = new LinkedHashMap<>();
        for (KpiTarget target : plan.targetsOn(side.metric())) {
            if (target.period().equals(period)
                    && side.matches(target.scope())
                    && target.threshold().push().filter(p -> p == side.push()).isPresent()) {
                teams.putIfAbsent(target.team(), target);
            }
        }
        return teams;
    }

    private static Finding finding(AlignmentPlan plan, Tension tension, KpiTarget a, KpiTarget b) {
        String teamA = plan.teamName(a.team());
        String teamB = plan.teamName(b.team());
        String metricAEn = Wording.nameEn(plan.catalog(), a.metric(), a.scope());
        String metricBEn = Wording.nameEn(plan.catalog(), b.metric(), b.scope());
        String metricAZh = Wording.nameZh(plan.catalog(), a.metric(), a.scope());
        String metricBZh = Wording.nameZh(plan.catalog(), b.metric(), b.scope());
        LocalizedText message = LocalizedText.of(
                teamA + " pushes " + metricAEn + " " + wayEn(tension.a().push()) + " while " + teamB + " pushes "
                        + metricBEn + " " + wayEn(tension.b().push()) + " in " + a.period()
                        + ", and neither holds the other's metric: "
                        + tension.reason().en(),
                teamA + "在" + wayZh(tension.a().push()) + metricAZh + "，而" + teamB + "在"
                        + wayZh(tension.b().push()) + metricBZh + "（" + a.period() + "），且双方都不持有对方的指标："
                        + tension.reason().zhCn());
        return Finding.violation(
                        FindingCode.TENSION, List.of(a.team(), b.team()), List.of(a.metric(), b.metric()), message)
                .withTargets(List.of(a.id(), b.id()))
                .withSuggestions(List.of(b.metric(), a.metric()));
    }

    private static String wayEn(Push push) {
        return push == Push.UP ? "up" : "down";
    }

    private static String wayZh(Push push) {
        return push == Push.UP ? "推高" : "压低";
    }
}
