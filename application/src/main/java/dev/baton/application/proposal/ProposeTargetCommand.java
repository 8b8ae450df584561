package dev.baton.application.proposal;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.application.target.TargetFields;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/** Propose that another team hold a target: the team, metric (and stages), period, threshold and a note. */
public record ProposeTargetCommand(
        Optional<TeamId> fromTeam,
        TeamId toTeam,
        MetricKey metric,
        Optional<StageScope> scope,
        Period period,
        Threshold threshold,
        Optional<String> note) {

    public ProposeTargetCommand {
        Objects.requireNonNull(fromTeam, "fromTeam");
        Objects.requireNonNull(toTeam, "toTeam");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(note, "note");
    }

    public static ProposeTargetCommand of(ProposalInput in) {
        Validation v = new Validation();
        Optional<TeamId> from = in.fromTeam() == null
                ? Optional.empty()
                : Optional.ofNullable(v.field("fromTeam", () -> new TeamId(in.fromTeam())));
        TeamId to = null;
        if (in.toTeam() == null) {
            v.add(FieldError.of("toTeam", "field.PROPOSAL_TO_TEAM"));
        } else {
            to = v.field("toTeam", () -> new TeamId(in.toTeam()));
        }
        MetricKey metric = TargetFields.metric(v, "metric", in.metric());
        Optional<StageScope> scope = TargetFields.scope(v, "scope", in.scopeFrom(), in.scopeTo());
        Period period = TargetFields.period(v, "period", in.period());
        Threshold threshold = TargetFields.threshold(v, "threshold", in.threshold());
        Optional<String> note = ProposalFields.note(v, "note", in.note());
        if (to != null && from.filter(to::equals).isPresent()) {
            v.add(ownTeam());
        }
        v.throwIfInvalid();
        return new ProposeTargetCommand(from, to, metric, scope, period, threshold, note);
    }

    /** The refusal when a caller proposes to a team whose targets they set themselves. */
    public static FieldError ownTeam() {
        return FieldError.of("toTeam", "field.PROPOSAL_OWN_TEAM");
    }
}
