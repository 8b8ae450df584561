package dev.baton.adapters.persistence.funnel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One row of {@code funnel_stage}: a stage of a funnel, in the funnel's order. */
@Embeddable
public class FunnelStageColumns {

    @Column(name = "key", nullable = false, length = 64)
    String key;

    @Column(nullable = false, length = 80)
    String name;

    @Column(name = "team_id", nullable = false)
    Long teamId;

    @Override
    public boolean equals(Object o) {
        return o instanceof FunnelStageColumns other
                && Objects.equals(key, other.key)
                && Objects.equals(name, other.name)
                && Objects.equals(teamId, other.teamId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, teamId);
    }
}
