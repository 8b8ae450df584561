package dev.baton.domain.alignment;

import dev.baton.domain.period.Period;
import dev.baton.domain.shared.Phrase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs the alignment rules over a plan and writes the report: score, handoffs with their shared metrics, findings
 * (violations first, then in rule order), implied ranges and notes.
 */
public final class AlignmentEngine {

    private final List<AlignmentRule> rules;

    public AlignmentEngine() {
        this(AlignmentRules.all());
    }

    public AlignmentEngine(List<AlignmentRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    public AlignmentReport run(AlignmentPlan plan) {
        List<Finding> findings = new ArrayList<>();
        for (AlignmentRule rule : rules) {
            findings.addAll(rule.check(plan));
        }
        findings.sort(Comparator.comparing(Finding::severity));

        List<HandoffCoverage> handoffs = plan.handoffs();
        int covered = (int) handoffs.stream().filter(HandoffCoverage::covered).count();
        long violations = findings.stream().filter(Finding::isViolation).count();
        int score = AlignmentScore.of(covered, handoffs.size(), violations);
        Phrase formula = AlignmentScore.explanation(covered, handoffs.size(), violations);

        return new AlignmentReport(
                plan.period(),
                score,
                formula,
                handoffs,
                findings,
                plan.feasibility().impliedRanges(),
                notes(plan));
    }

    private static List<Phrase> notes(AlignmentPlan plan) {
        List<Phrase> notes = new ArrayList<>();
        List<Period> enclosing = plan.period().enclosing();
        if (!enclosing.isEmpty()) {
            Object periods = Naming.chained(
                    "note.periods.and", enclosing.stream().map(Period::format).toList());
            notes.add(Phrase.of("note.ENCLOSING_PERIODS", periods, plan.period().toString()));
        }
        int ignored = plan.targets().size() - plan.targetsInForce().size();
        if (ignored > 0) {
            notes.add(Phrase.of("note.OTHER_PERIODS_LEFT_OUT", ignored));
        }
        return notes;
    }
}
