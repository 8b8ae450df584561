package dev.baton.application.target;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import java.util.Objects;

/**
 * Copy a team's targets of one period into another (by default the next one; the last period of the supported range
 * has none, and asking for it is a field error on {@code to}).
 */
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
        Period target;
        if (to != null && !to.isBlank()) {
            target = TargetFields.period(v, "to", to);
        } else {
            target = source == null ? null : source.following().orElse(null);
            if (source != null && target == null) {
                v.add(FieldError.of("to", "field.LAST_PERIOD_BATON_SUPPORTS", String.valueOf(source), Period.MAX_YEAR));
            }
        }
        if (source != null && source.equals(target)) {
            v.add(FieldError.of("to", "field.COPY_INTO_DIFFERENT_PERIOD"));
        }
        v.throwIfInvalid();
        return new CopyTargetsCommand(teamId, source, target);
    }
}
