package dev.baton.domain.alignment;

import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule found: its code and severity, the teams, metrics, targets and handoff involved, what to tell the
 * user (a phrase the adapters word in each language), and suggested metrics to fix it, best first.
 */
public record Finding(
        FindingCode code,
        Severity severity,
        List<TeamId> teams,
        List<MetricKey> metrics,
        Optional<Handoff> handoff,
        Phrase phrase,
        List<MetricKey> suggestions,
        List<KpiTargetId> targets) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(phrase, "phrase");
        teams = teams == null ? List.of() : List.copyOf(teams);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        handoff = handoff == null ? Optional.empty() : handoff;
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public static Finding violation(FindingCode code, List<TeamId> teams, List<MetricKey> metrics, Phrase phrase) {
        return new Finding(code, Severity.VIOLATION, teams, metrics, Optional.empty(), phrase, List.of(), List.of());
    }

    public static Finding warning(FindingCode code, List<TeamId> teams, List<MetricKey> metrics, Phrase phrase) {
        return new Finding(code, Severity.WARNING, teams, metrics, Optional.empty(), phrase, List.of(), List.of());
    }

    public Finding withHandoff(Handoff newHandoff) {
        return new Finding(code, severity, teams, metrics, Optional.of(newHandoff), phrase, suggestions, targets);
    }

    public Finding withSuggestions(List<MetricKey> newSuggestions) {
        return new Finding(code, severity, teams, metrics, handoff, phrase, newSuggestions, targets);
    }

    public Finding withTargets(List<KpiTargetId> newTargets) {
        return new Finding(code, severity, teams, metrics, handoff, phrase, suggestions, newTargets);
    }

    public boolean isViolation() {
        return severity == Severity.VIOLATION;
    }
}
