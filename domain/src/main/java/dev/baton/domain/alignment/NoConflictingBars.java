package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule 2a: teams holding the same metric (same key, scope and period) must be able to meet each other's bars. Two bars
 * no value meets together are a DISJOINT_TARGETS VIOLATION (Marketing CAC ≤ 500, Sales CAC ≥ 800); bars that overlap
 * but differ are a DIFFERENT_BARS WARNING ("shared metric, different bar"). Teams holding the same bar are grouped, so
 * a slot yields one finding per pair of distinct bars, however many teams hold them.
 */
public final class NoConflictingBars implements AlignmentRule {

    @Override
    public List<Finding> check(AlignmentPlan plan) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<MetricSlot, List<KpiTarget>> entry : plan.targetsBySlot().entrySet()) {
            if (!plan.isShared(entry.getKey())) {
                continue;
            }
            Map<Threshold, List<KpiTarget>> bars = new LinkedHashMap<>();
            for (KpiTarget target : entry.getValue()) {
                bars.computeIfAbsent(target.threshold(), t -> new ArrayList<>()).add(target);
            }
            if (bars.size() < 2) {
                continue;
            }
            List<Map.Entry<Threshold, List<KpiTarget>>> distinct = new ArrayList<>(bars.entrySet());
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = i + 1; j < distinct.size(); j++) {
                    Set<TeamId> first = teams(distinct.get(i).getValue());
                    Set<TeamId> second = teams(distinct.get(j).getValue());
                    Set<TeamId> all = new LinkedHashSet<>(first);
                    all.addAll(second);
                    if (all.size() < 2) {
                        continue;
                    }
                    findings.add(compare(plan, entry.getKey(), distinct.get(i), distinct.get(j), all));
                }
            }
        }
        return findings;
    }

    private static Set<TeamId> teams(List<KpiTarget> targets) {
        Set<TeamId> teams = new LinkedHashSet<>();
        for (KpiTarget target : targets) {
            teams.add(target.team());
        }
        return teams;
    }

    private static Finding compare(
            AlignmentPlan plan,
            MetricSlot slot,
            Map.Entry<Threshold, List<KpiTarget>> first,
            Map.Entry<Threshold, List<KpiTarget>> second,
            Set<TeamId> allTeams) {
        MetricCatalog catalog = plan.catalog();
        String nameEn = Wording.nameEn(catalog, slot.metric(), slot.scope());
        String nameZh = Wording.nameZh(catalog, slot.metric(), slot.scope());
        Set<TeamId> a = teams(first.getValue());
        Set<TeamId> b = teams(second.getValue());
        String holdsEn = Wording.teams(plan, a) + (a.size() == 1 ? " holds " : " hold ") + nameEn + " "
                + Wording.thresholdEn(first.getKey()) + " and " + Wording.teams(plan, b)
                + (b.size() == 1 ? " holds " : " hold ") + nameEn + " " + Wording.thresholdEn(second.getKey()) + " in "
                + slot.period();
        String holdsZh = Wording.teamsZh(plan, a) + "的" + nameZh + "目标为 " + Wording.thresholdZh(first.getKey()) + "，"
                + Wording.teamsZh(plan, b) + "的" + nameZh + "目标为 " + Wording.thresholdZh(second.getKey()) + "（"
                + slot.period() + "）";
        Finding finding;
        if (!first.getKey().overlaps(second.getKey())) {
            finding = Finding.violation(
                    FindingCode.DISJOINT_TARGETS,
                    List.copyOf(allTeams),
                    List.of(slot.metric()),
                    LocalizedText.of(holdsEn + ": no value meets both targets", holdsZh + "：没有任何数值能同时满足这两个目标"));
        } else {
            finding = Finding.warning(
                    FindingCode.DIFFERENT_BARS,
                    List.copyOf(allTeams),
                    List.of(slot.metric()),
                    LocalizedText.of("shared metric, different bar: " + holdsEn, "共享指标，标准不同：" + holdsZh));
        }
        List<KpiTargetId> ids = new ArrayList<>();
        first.getValue().forEach(t -> ids.add(t.id()));
        second.getValue().forEach(t -> ids.add(t.id()));
        return finding.withTargets(ids);
    }
}
