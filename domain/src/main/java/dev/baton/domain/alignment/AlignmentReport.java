package dev.baton.domain.alignment;

import dev.baton.domain.alignment.feasibility.ImpliedRange;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.Phrase;
import java.util.List;
import java.util.Objects;

/**
 * What the alignment engine says about a plan: the score and how it was reached, every handoff with the metrics its
 * teams share, the findings (violations first), the ranges implied for metrics without a target, and notes on how the
 * plan was read (such as which enclosing periods' targets were included).
 */
public record AlignmentReport(
        Period period,
        int score,
        Phrase scoreFormula,
        List<HandoffCoverage> handoffs,
        List<Finding> findings,
        List<ImpliedRange> impliedRanges,
        List<Phrase> notes) {

    public AlignmentReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scoreFormula, "scoreFormula");
        handoffs = List.copyOf(handoffs);
        findings = List.copyOf(findings);
        impliedRanges = List.copyOf(impliedRanges);
        notes = List.copyOf(notes);
    }

    public List<Finding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    public long violations() {
        return findings.stream().filter(Finding::isViolation).count();
    }
}
