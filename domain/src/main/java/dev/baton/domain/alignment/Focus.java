package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.shared.Phrase;
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
                        Phrase.of(
                                "finding.TEAM_WITHOUT_KPI",
                                team.name(),
                                plan.period().toString())));
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
                        Phrase.of(
                                "finding.TOO_MANY_KPIS",
                                team.name(),
                                kpis.size(),
                                plan.period().toString())));
            }
            if (!anyShared) {
                findings.add(Finding.warning(
                        FindingCode.SILO_TEAM,
                        List.of(team.id()),
                        metrics,
                        Phrase.of(
                                kpis.size() == 1 ? "finding.SILO_TEAM.one" : "finding.SILO_TEAM",
                                team.name(),
                                kpis.size(),
                                plan.period().toString())));
            }
        }
        return findings;
    }
}
