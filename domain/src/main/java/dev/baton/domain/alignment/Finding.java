package dev.baton.domain.alignment;

import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule found: its code and severity, the teams, metrics, targets and handoff involved, an explanation in
 * English and Chinese, and suggested metrics to fix it, best first.
 */
public record Finding(
        FindingCode code,
        Severity severity,
        List<TeamId> teams,
        List<MetricKey> metrics,
        Optional<Handoff> handoff,
        LocalizedText message,
        List<MetricKey> suggestions,
        List<KpiTargetId> targets) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        teams = teams == null ? List.of() : List.copyOf(teams);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        handoff = handoff == null ? Optional.empty() : handoff;
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public static Finding violation(
            FindingCode code, List<TeamId> teams, List<MetricKey> metrics, LocalizedText message) {
        return new Finding(code, Severity.VIOLATION, teams, metrics, Optional.empty(), message, List.of(), List.of());
    }

    public static Finding warning(
            FindingCode code, List<TeamId> teams, List<MetricKey> metrics, LocalizedText message) {
        return new Finding(code, Severity.WARNING, teams, metrics, Optional.empty(), message, List.of(), List.of());
    }

    public Finding withHandoff(Handoff newHandoff) {
        return new Finding(code, severity, teams, metrics, Optional.of(newHandoff), message, suggestions, targets);
    }

    public Finding withSuggestions(List<MetricKey> newSuggestions) {
        return new Finding(code, severity, teams, metrics, handoff, message, newSuggestions, targets);
    }

    public Finding withTargets(List<KpiTargetId> newTargets) {
        return new Finding(code, severity, teams, metrics, handoff, message, suggestions, newTargets);
    }

    public boolean isViolation() {
        return severity == Severity.VIOLATION;
    }
}
