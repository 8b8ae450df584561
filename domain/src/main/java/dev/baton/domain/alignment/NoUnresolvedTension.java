package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Push;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule 2b: a known tension (from the plan's {@link TensionCatalog}) whose two sides are pushed by different teams,
 * neither of which holds the other's metric, is a TENSION VIOLATION carrying the catalog's reason. AT_LEAST pushes a
 * metric up, AT_MOST down, BETWEEN neither way. Holding the other side's metric for the month, its quarter or its
 * year resolves the tension (the team weighs both). One finding per tension and period names every team on either side,
 * so the rule stays linear however many teams pull against each other.
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
                // A pair (a, b) of different teams applies when a does not hold B's metric and b does not hold A's.
                pushingA.keySet().removeIf(team -> holds(plan, team, tension.b()));
                pushingB.keySet().removeIf(team -> holds(plan, team, tension.a()));
                if (pushingA.isEmpty() || pushingB.isEmpty()) {
                    continue;
                }
                if (pushingA.size() == 1 && pushingB.keySet().equals(pushingA.keySet())) {
                    continue;
                }
                findings.add(finding(plan, tension, period, pushingA, pushingB));
            }
        }
        return findings;
    }

    /** Whether the team holds a target on the side's metric (in its scope) in any period in force, any way. */
    private static boolean holds(AlignmentPlan plan, TeamId team, Tension.Side side) {
        for (KpiTarget target : plan.targetsOf(team)) {
            if (target.metric().equals(side.metric()) && side.matches(target.scope())) {
                return true;
            }
        }
        return false;
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

    private static Finding finding(
            AlignmentPlan plan,
            Tension tension,
            Period period,
            Map<TeamId, KpiTarget> pushingA,
            Map<TeamId, KpiTarget> pushingB) {
        KpiTarget a = pushingA.values().iterator().next();
        KpiTarget b = pushingB.values().iterator().next();
        Phrase message = Phrase.of(
                "finding.TENSION",
                pushes(plan, pushingA.keySet(), a, tension.a().push()),
                pushes(plan, pushingB.keySet(), b, tension.b().push()),
                period.toString(),
                tension.reason());
        Set<TeamId> teams = new LinkedHashSet<>(pushingA.keySet());
        teams.addAll(pushingB.keySet());
        List<KpiTargetId> targets = new ArrayList<>();
        pushingA.values().forEach(t -> targets.add(t.id()));
        pushingB.values().forEach(t -> targets.add(t.id()));
        return Finding.violation(FindingCode.TENSION, List.copyOf(teams), List.of(a.metric(), b.metric()), message)
                .withTargets(targets)
                .withSuggestions(List.of(b.metric(), a.metric()));
    }

    /** "Marketing pushes lead count up", "Marketing and Brand push CAC down". */
    private static Phrase pushes(AlignmentPlan plan, Set<TeamId> teams, KpiTarget target, Push push) {
        return Phrase.of(
                "push." + push.name() + (teams.size() == 1 ? ".one" : ".many"),
                Naming.teams(plan, teams),
                Naming.metric(plan.catalog(), target.metric(), target.scope()));
    }
}
