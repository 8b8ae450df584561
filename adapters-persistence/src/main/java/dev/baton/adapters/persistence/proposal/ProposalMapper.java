package dev.baton.adapters.persistence.proposal;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.proposal.ProposalId;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.util.Optional;

final class ProposalMapper {

    private ProposalMapper() {}

    static Proposal toDomain(ProposalJpaEntity e) {
        Comparison comparison = Comparison.valueOf(e.comparison);
        Threshold threshold = comparison == Comparison.AT_MOST
                ? Threshold.atMost(e.maxValue)
                : Threshold.of(comparison, e.minValue, e.maxValue);
        ProposalStatus status = ProposalStatus.valueOf(e.status);
        return new Proposal(
                new ProposalId(e.id),
                Optional.ofNullable(e.fromTeamId).map(TeamId::new),
                new TeamId(e.toTeamId),
                MetricKey.of(e.metric),
                e.scopeFrom == null ? Optional.empty() : Optional.of(new StageScope(e.scopeFrom, e.scopeTo)),
                Period.parse(e.period),
                threshold,
                Optional.ofNullable(e.note),
                e.baseTarget == null
                        ? Optional.empty()
                        : Optional.of(new Proposal.Base(new KpiTargetId(e.baseTarget), e.baseVersion)),
                e.proposedBy,
                e.proposedAt,
                status,
                e.decidedAt == null
                        ? Optional.empty()
                        : Optional.of(
                                new Proposal.Decision(e.decidedBy, e.decidedAt, Optional.ofNullable(e.decisionNote))),
                e.version);
    }

    static void copy(Proposal p, ProposalJpaEntity e) {
        e.id = p.id().value();
        e.fromTeamId = p.fromTeam().map(TeamId::value).orElse(null);
        e.toTeamId = p.toTeam().value();
        e.metric = p.metric().value();
        e.scopeFrom = p.scope().map(StageScope::from).orElse(null);
        e.scopeTo = p.scope().map(StageScope::to).orElse(null);
        e.period = p.period().format();
        e.comparison = p.threshold().comparison().name();
        e.minValue = p.threshold().lower().orElse(null);
        e.maxValue = p.threshold().upper().orElse(null);
        e.note = p.note().orElse(null);
        e.baseTarget = p.base().map(b -> b.target().value()).orElse(null);
        e.baseVersion = p.base().map(Proposal.Base::version).orElse(null);
        e.proposedBy = p.proposedBy();
        e.proposedAt = p.proposedAt();
        e.status = p.status().name();
        e.decidedBy = p.decision().map(Proposal.Decision::by).orElse(null);
        e.decidedAt = p.decision().map(Proposal.Decision::at).orElse(null);
        e.decisionNote = p.decision().flatMap(Proposal.Decision::note).orElse(null);
    }
}
