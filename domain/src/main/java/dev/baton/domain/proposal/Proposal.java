package dev.baton.domain.proposal;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One team's request that another team hold a target: a metric (between two stages, for a stage-scoped metric), a
 * period and a threshold, with a note. {@code fromTeam} is the proposing team (empty when an admin proposes for nobody
 * in particular); {@code base} is the receiving team's target on the same slot as it stood when the proposal was made
 * (its id and version), so an accept can tell whether that target has changed since.
 *
 * <p>Immutable: a decision returns the decided copy; {@code version} guards two decisions racing (optimistic locking).
 */
public record Proposal(
        ProposalId id,
        Optional<TeamId> fromTeam,
        TeamId toTeam,
        MetricKey metric,
        Optional<StageScope> scope,
        Period period,
        Threshold threshold,
        Optional<String> note,
        Optional<Base> base,
        String proposedBy,
        Instant proposedAt,
        ProposalStatus status,
        Optional<Decision> decision,
        long version) {

    /** The receiving team's target on the proposal's slot, as it was when the proposal was made. */
    public record Base(KpiTargetId target, long version) {

        public Base {
            Objects.requireNonNull(target, "target");
        }
    }

    /** Who moved the proposal out of OPEN, when, and with what note. */
    public record Decision(String by, Instant at, Optional<String> note) {

        public Decision {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            note = note == null ? Optional.empty() : note.map(String::strip).filter(n -> !n.isEmpty());
        }
    }

    public Proposal {
        Objects.requireNonNull(id, "id");
        fromTeam = fromTeam == null ? Optional.empty() : fromTeam;
        Objects.requireNonNull(toTeam, "toTeam");
        Objects.requireNonNull(metric, "metric");
        scope = scope == null ? Optional.empty() : scope;
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(threshold, "threshold");
        note = note == null ? Optional.empty() : note.map(String::strip).filter(n -> !n.isEmpty());
        base = base == null ? Optional.empty() : base;
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(status, "status");
        decision = decision == null ? Optional.empty() : decision;
        if (fromTeam.filter(toTeam::equals).isPresent()) {
            throw new IllegalArgumentException("a team does not propose a target to itself: it sets it directly");
        }
        if (status.open() != decision.isEmpty()) {
            throw new IllegalArgumentException("an open proposal has no decision, a decided one has one");
        }
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative, got " + version);
        }
    }

    /** A new, open proposal. */
    public static Proposal open(
            Optional<TeamId> fromTeam,
            TeamId toTeam,
            MetricKey metric,
            Optional<StageScope> scope,
            Period period,
            Threshold threshold,
            Optional<String> note,
            Optional<KpiTarget> current,
            String proposedBy,
            Instant at) {
        return new Proposal(
                ProposalId.newId(),
                fromTeam,
                toTeam,
                metric,
                scope,
                period,
                threshold,
                note,
                current.map(t -> new Base(t.id(), t.version())),
                proposedBy,
                at,
                ProposalStatus.OPEN,
                Optional.empty(),
                0);
    }

    /**
     * Whether the receiving team's target on this slot is still what it was when the proposal was made: the same
     * target at the same version, or still no target at all.
     */
    public boolean basedOn(Optional<KpiTarget> current) {
        if (base.isEmpty()) {
            return current.isEmpty();
        }
        return current.filter(t -> t.id().equals(base.get().target())
                        && t.version() == base.get().version())
                .isPresent();
    }

    /** Whether this proposal asks for the given target's slot (same team, metric, scope and period). */
    public boolean concerns(KpiTarget target) {
        return target.team().equals(toTeam)
                && target.metric().equals(metric)
                && target.scope().equals(scope)
                && target.period().equals(period);
    }

    public Proposal accepted(String by, Instant at) {
        return decided(ProposalStatus.ACCEPTED, new Decision(by, at, Optional.empty()));
    }

    public Proposal declined(String by, Instant at, Optional<String> reason) {
        return decided(ProposalStatus.DECLINED, new Decision(by, at, reason));
    }

    public Proposal withdrawn(String by, Instant at) {
        return decided(ProposalStatus.WITHDRAWN, new Decision(by, at, Optional.empty()));
    }

    public Proposal superseded(String by, Instant at) {
        return decided(ProposalStatus.SUPERSEDED, new Decision(by, at, Optional.empty()));
    }

    private Proposal decided(ProposalStatus next, Decision how) {
        if (!status.open()) {
            throw new IllegalStateException("proposal " + id + " is " + status + ", not open");
        }
        return new Proposal(
                id,
                fromTeam,
                toTeam,
                metric,
                scope,
                period,
                threshold,
                note,
                base,
                proposedBy,
                proposedAt,
                next,
                Optional.of(how),
                version);
    }
}
