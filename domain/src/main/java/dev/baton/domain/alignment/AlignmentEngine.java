package dev.baton.domain.alignment;

import dev.baton.domain.period.Period;
import dev.baton.domain.shared.LocalizedText;
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
        String formula = AlignmentScore.explain(covered, handoffs.size(), violations);

        return new AlignmentReport(
                plan.period(),
                score,
                formula,
                handoffs,
                findings,
                plan.feasibility().impliedRanges(),
                notes(plan));
    }

    private static List<LocalizedText> notes(AlignmentPlan plan) {
        List<LocalizedText> notes = new ArrayList<>();
        List<Period> enclosing = plan.period().enclosing();
        if (!enclosing.isEmpty()) {
            String periods =
                    String.join(" and ", enclosing.stream().map(Period::format).toList());
            String periodsZh =
                    String.join(" 和 ", enclosing.stream().map(Period::format).toList());
            notes.add(LocalizedText.of(
                    "targets set for " + periods + " apply to " + plan.period() + " as well and are included",
                    periodsZh + " 的目标同样适用于 " + plan.period() + "，已一并计入"));
        }
        int ignored = plan.targets().size() - plan.targetsInForce().size();
        if (ignored > 0) {
            notes.add(LocalizedText.of(
                    ignored + " target(s) of other periods were left out", "已忽略其他期间的 " + ignored + " 个目标"));
        }
        return notes;
    }
}
