package dev.baton.application.target;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import java.util.Objects;

/** Copy a team's targets of one period into another (by default the next one). */
public record CopyTargetsCommand(TeamId team, Period from, Period to) {

    public CopyTargetsCommand {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static CopyTargetsCommand of(Long team, String from, String to) {
        Validation v = new Validation();
        TeamId teamId = TargetFields.team(v, "team", team);
        Period source = TargetFields.period(v, "from", from);
        Period target =
                to == null || to.isBlank() ? (source == null ? null : source.next()) : TargetFields.period(v, "to", to);
        if (source != null && source.equals(target)) {
            v.add(FieldError.of("to", "Copy into a different period.", "请复制到另一个期间。"));
        }
        v.throwIfInvalid();
        return new CopyTargetsCommand(teamId, source, target);
    }
}
