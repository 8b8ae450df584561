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
                v.add(FieldError.of(
                        "to",
                        source + " is the last period Baton supports (up to " + Period.MAX_YEAR
                                + "): there is no next period to copy into.",
                        source + " 是 Baton 支持的最后一个期间（至 " + Period.MAX_YEAR + " 年）：没有可复制到的下一个期间。"));
            }
        }
        if (source != null && source.equals(target)) {
            v.add(FieldError.of("to", "Copy into a different period.", "请复制到另一个期间。"));
        }
        v.throwIfInvalid();
        return new CopyTargetsCommand(teamId, source, target);
    }
}
