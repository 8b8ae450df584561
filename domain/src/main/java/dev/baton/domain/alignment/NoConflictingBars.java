package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.shared.Phrase;
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
        Object name = Naming.metric(catalog, slot.metric(), slot.scope());
        Phrase holdsA = holds(plan, teams(first.getValue()), name, first.getKey());
        Phrase holdsB = holds(plan, teams(second.getValue()), name, second.getKey());
        String period = slot.period().toString();
        Finding finding;
        if (!first.getKey().overlaps(second.getKey())) {
            finding = Finding.violation(
                    FindingCode.DISJOINT_TARGETS,
                    List.copyOf(allTeams),
                    List.of(slot.metric()),
                    Phrase.of("finding.DISJOINT_TARGETS", holdsA, holdsB, period));
        } else {
            finding = Finding.warning(
                    FindingCode.DIFFERENT_BARS,
                    List.copyOf(allTeams),
                    List.of(slot.metric()),
                    Phrase.of("finding.DIFFERENT_BARS", holdsA, holdsB, period));
        }
        List<KpiTargetId> ids = new ArrayList<>();
        first.getValue().forEach(t -> ids.add(t.id()));
        second.getValue().forEach(t -> ids.add(t.id()));
        return finding.withTargets(ids);
    }

    /** "Marketing holds CAC ≤ 500", "Marketing and Brand hold CAC ≤ 500". */
    private static Phrase holds(AlignmentPlan plan, Set<TeamId> teams, Object metric, Threshold threshold) {
        return Phrase.of(
                teams.size() == 1 ? "bar.held.one" : "bar.held.many",
                Naming.teams(plan, teams),
                metric,
                Naming.threshold(threshold));
    }
}
