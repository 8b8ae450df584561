package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.target.KpiTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule 2a: two teams holding the same metric (same key, scope and period) must be able to meet both bars. Bars that
 * no value meets together are a DISJOINT_TARGETS VIOLATION (Marketing CAC ≤ 500, Sales CAC ≥ 800); bars that overlap
 * but differ are a DIFFERENT_BARS WARNING.
 */
public final class NoConflictingBars implements AlignmentRule {

    @Override
    public List<Finding> check(AlignmentPlan plan) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<MetricSlot, List<KpiTarget>> entry : plan.targetsBySlot().entrySet()) {
            List<KpiTarget> targets = entry.getValue();
            if (targets.size() < 2 || plan.holders(entry.getKey()).size() < 2) {
                continue;
            }
            for (int i = 0; i < targets.size(); i++) {
                for (int j = i + 1; j < targets.size(); j++) {
                    KpiTarget first = targets.get(i);
                    KpiTarget second = targets.get(j);
                    if (first.team().equals(second.team()) || first.threshold().equals(second.threshold())) {
                        continue;
                    }
                    findings.add(compare(plan, entry.getKey(), first, second));
                }
            }
        }
        return findings;
    }

    private static Finding compare(AlignmentPlan plan, MetricSlot slot, KpiTarget first, KpiTarget second) {
        MetricCatalog catalog = plan.catalog();
        String nameEn = Wording.nameEn(catalog, slot.metric(), slot.scope());
        String nameZh = Wording.nameZh(catalog, slot.metric(), slot.scope());
        String a = plan.teamName(first.team());
        String b = plan.teamName(second.team());
        String holdsEn = a + " holds " + nameEn + " " + Wording.thresholdEn(first.threshold()) + " and " + b + " holds "
                + nameEn + " " + Wording.thresholdEn(second.threshold()) + " in " + slot.period();
        String holdsZh = a + "的" + nameZh + "目标为 " + Wording.thresholdZh(first.threshold()) + "，" + b + "的" + nameZh
                + "目标为 " + Wording.thresholdZh(second.threshold()) + "（" + slot.period() + "）";
        boolean disjoint = !first.threshold().overlaps(second.threshold());
        Finding finding;
        if (disjoint) {
            finding = Finding.violation(
                    FindingCode.DISJOINT_TARGETS,
                    List.of(first.team(), second.team()),
                    List.of(slot.metric()),
                    LocalizedText.of(holdsEn + ": no value meets both targets", holdsZh + "：没有任何数值能同时满足这两个目标"));
        } else {
            finding = Finding.warning(
                    FindingCode.DIFFERENT_BARS,
                    List.of(first.team(), second.team()),
                    List.of(slot.metric()),
                    LocalizedText.of("shared metric, different bar: " + holdsEn, "共享指标，标准不同：" + holdsZh));
        }
        return finding.withTargets(List.of(first.id(), second.id()));
    }
}
