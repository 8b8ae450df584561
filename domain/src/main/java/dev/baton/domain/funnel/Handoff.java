package dev.baton.domain.funnel;

import dev.baton.domain.metric.StageScope;
import dev.baton.domain.team.TeamId;
import java.util.Objects;

/**
 * Two consecutive funnel stages owned by different teams: the point where {@code fromTeam} passes the customer to
 * {@code toTeam}. Derived from a {@link Funnel}, never entered by hand.
 */
public record Handoff(Stage from, Stage to, TeamId fromTeam, TeamId toTeam) {

    public Handoff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fromTeam, "fromTeam");
        Objects.requireNonNull(toTeam, "toTeam");
        if (fromTeam.equals(toTeam)) {
            throw new IllegalArgumentException(
                    "stages '" + from.key() + "' and '" + to.key() + "' belong to one team: that is no handoff");
        }
    }

    public static Handoff between(Stage from, Stage to) {
        return new Handoff(from, to, from.owner(), to.owner());
    }

    /** The stage boundary as a scope for stage-scoped metrics (the conversion from → to). */
    public StageScope boundary() {
        return new StageScope(from.key(), to.key());
    }

    @Override
    public String toString() {
        return from.key() + "→" + to.key();
    }
}
