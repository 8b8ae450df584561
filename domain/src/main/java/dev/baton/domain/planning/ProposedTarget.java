package dev.baton.domain.planning;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.util.Objects;

/** A target the waterfall proposes to a team for the planned period, and why the team holds it. */
public record ProposedTarget(TeamId team, MetricKey metric, Threshold threshold, Reason reason) {

    /** Why a team holds a proposed target. */
    public enum Reason {
        /** The team owns the stage whose entries the target counts. */
        OWNS_STAGE,
        /** The team hands its customers to the owner of the stage: both hold the same entries at the boundary. */
        HANDS_OFF,
        /** The team owns the won stage, or hands over to its owner: it holds the goal itself. */
        GOAL
    }

    public ProposedTarget {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(reason, "reason");
    }
}
