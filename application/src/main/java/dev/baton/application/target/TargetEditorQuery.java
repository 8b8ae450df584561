package dev.baton.application.target;

import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Validation;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the target editor of a team shows: the team, the period, the target being changed (if any) and the metric the
 * add form has chosen (if any), whose numbers the editor puts in context.
 */
public record TargetEditorQuery(
        TeamId team,
        Period period,
        Optional<KpiTargetId> editing,
        Optional<MetricKey> metric,
        Optional<StageScope> scope) {

    public TargetEditorQuery {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(period, "period");
        editing = editing == null ? Optional.empty() : editing;
        metric = metric == null ? Optional.empty() : metric;
        scope = scope == null ? Optional.empty() : scope;
    }

    /**
     * The query from a page's parameters. A period that is not one is refused by name; a team id that cannot exist, or a
     * target id that is not one, is not found. A metric or scope that is not one is no choice: the form shows it as typed.
     */
    public static TargetEditorQuery of(
            Long team, String period, String editing, String metric, String scopeFrom, String scopeTo) {
        if (team == null || team <= 0) {
            throw new NotFoundException("team", team);
        }
        Validation v = new Validation();
        Period parsed = TargetFields.period(v, "period", period);
        v.throwIfInvalid();
        Optional<KpiTargetId> edit = Optional.empty();
        if (editing != null && !editing.isBlank()) {
            edit = Optional.of(TargetFields.id(editing).orElseThrow(() -> new NotFoundException("target", editing)));
        }
        Optional<MetricKey> chosen = Optional.empty();
        Optional<StageScope> scope = Optional.empty();
        try {
            if (metric != null && !metric.isBlank()) {
                chosen = Optional.of(MetricKey.of(metric.strip()));
            }
            if (scopeFrom != null && !scopeFrom.isBlank() && scopeTo != null && !scopeTo.isBlank()) {
                scope = Optional.of(new StageScope(scopeFrom.strip(), scopeTo.strip()));
            }
        } catch (IllegalArgumentException notOne) {
            // Not a metric or not a scope: nothing is chosen, and the form keeps what was typed.
        }
        return new TargetEditorQuery(new TeamId(team), parsed, edit, chosen, scope);
    }
}
