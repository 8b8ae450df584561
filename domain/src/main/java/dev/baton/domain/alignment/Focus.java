package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 5: every team holds at least one KPI in the period (else TEAM_WITHOUT_KPI, a VIOLATION), at most
 * {@value #MAX_KPIS} (else TOO_MANY_KPIS, a WARNING: start with 5–10), and at least one of them shared with another
 * team (else SILO_TEAM, a WARNING). A KPI is a metric (with its stage scope); its targets for the month, quarter and
 * year count once.
 */
public final class Focus implements AlignmentRule {

    /** More KPIs than this per team dilutes focus. */
    public static final int MAX_KPIS = 10;

    @Override
    public List<Finding> check(AlignmentPlan plan) {
        List<Finding> findings = new ArrayList<>();
        for (PlanTeam team : plan.teams()) {
            Set<MetricSlot> slots = plan.slotsOf(team.id());
            if (slots.isEmpty()) {
                findings.add(Finding.violation(
                        FindingCode.TEAM_WITHOUT_KPI,
                        List.of(team.id()),
                        List.of(),
                        LocalizedText.of(
                                team.name() + " holds no KPI in " + plan.period(),
                                team.name() + "在 " + plan.period() + " 没有任何 KPI")));
                continue;
            }
            Set<Map.Entry<MetricKey, Optional<StageScope>>> kpis = new LinkedHashSet<>();
            boolean anyShared = false;
            for (MetricSlot slot : slots) {
                kpis.add(Map.entry(slot.metric(), slot.scope()));
                anyShared |= plan.isShared(slot);
            }
            List<MetricKey> metrics =
                    kpis.stream().map(Map.Entry::getKey).distinct().toList();
            if (kpis.size() > MAX_KPIS) {
                findings.add(Finding.warning(
                        FindingCode.TOO_MANY_KPIS,
                        List.of(team.id()),
                        metrics,
                        LocalizedText.of(
                                team.name() + " holds " + kpis.size() + " KPIs in " + plan.period()
                                        + ": start with 5–10",
                                team.name() + "在 " + plan.period() + " 持有 " + kpis.size() + " 个 KPI：建议从 5–10 个开始")));
            }
            if (!anyShared) {
                findings.add(Finding.warning(
                        FindingCode.SILO_TEAM,
                        List.of(team.id()),
                        metrics,
                        LocalizedText.of(
                                (kpis.size() == 1
                                                ? "the only KPI of " + team.name() + " is not shared"
                                                : "none of the " + kpis.size() + " KPIs of " + team.name()
                                                        + " is shared")
                                        + " with another team in " + plan.period() + ": the team works in a silo",
                                team.name() + "的 " + kpis.size() + " 个 KPI 在 " + plan.period()
                                        + " 都没有与其他团队共享：该团队处于孤岛状态")));
            }
        }
        return findings;
    }
}
