package dev.baton.domain.alignment;

import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.shared.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 1: at every handoff A → B, teams A and B hold at least one shared metric in the period. Otherwise a VIOLATION,
 * suggesting metrics relevant to the stage boundary, those either team already holds first.
 */
public final class HandoffSharesAMetric implements AlignmentRule {

    private final BoundarySuggestions suggestions;

    public HandoffSharesAMetric() {
        this(BoundarySuggestions.defaults());
    }

    public HandoffSharesAMetric(BoundarySuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public List<Finding> check(AlignmentPlan plan) {
        List<Finding> findings = new ArrayList<>();
        for (HandoffCoverage coverage : plan.handoffs()) {
            if (coverage.covered()) {
                continue;
            }
            Handoff handoff = coverage.handoff();
            String from = plan.teamName(handoff.fromTeam());
            String to = plan.teamName(handoff.toTeam());
            Phrase message = Phrase.of(
                    "finding.HANDOFF_WITHOUT_SHARED_METRIC",
                    handoff.toString(),
                    from,
                    to,
                    coverage.funnel(),
                    plan.period().toString());
            findings.add(Finding.violation(
                            FindingCode.HANDOFF_WITHOUT_SHARED_METRIC,
                            List.of(handoff.fromTeam(), handoff.toTeam()),
                            List.of(),
                            message)
                    .withHandoff(handoff)
                    .withSuggestions(rankedSuggestions(plan, handoff)));
        }
        return findings;
    }

    private List<MetricKey> rankedSuggestions(AlignmentPlan plan, Handoff handoff) {
        List<MetricKey> candidates =
                suggestions.forBoundary(plan.teamKind(handoff.fromTeam()), plan.teamKind(handoff.toTeam()));
        List<MetricKey> held = new ArrayList<>();
        List<MetricKey> others = new ArrayList<>();
        for (MetricKey key : candidates) {
            if (!plan.catalog().contains(key)) {
                continue;
            }
            boolean heldByEither =
                    plan.holdsAnywhere(handoff.fromTeam(), key) || plan.holdsAnywhere(handoff.toTeam(), key);
            (heldByEither ? held : others).add(key);
        }
        held.addAll(others);
        return held;
    }
}
