package dev.baton.adapters.rest.proposal;

import dev.baton.adapters.rest.target.TargetResponse.ScopeResponse;
import dev.baton.adapters.rest.target.TargetResponse.ThresholdResponse;
import dev.baton.application.proposal.ProposalDetails;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.target.Threshold;
import java.time.Instant;

public record ProposalResponse(
        String id,
        Long fromTeam,
        String fromTeamName,
        long toTeam,
        String toTeamName,
        String metric,
        ScopeResponse scope,
        String period,
        ThresholdResponse threshold,
        String note,
        String status,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        long version) {

    public static ProposalResponse of(ProposalDetails details) {
        Proposal p = details.proposal();
        return new ProposalResponse(
                p.id().toString(),
                p.fromTeam().map(t -> t.value()).orElse(null),
                details.fromTeamName().orElse(null),
                p.toTeam().value(),
                details.toTeamName(),
                p.metric().value(),
                p.scope().map(s -> new ScopeResponse(s.from(), s.to())).orElse(null),
                p.period().format(),
                threshold(p.threshold()),
                p.note().orElse(null),
                p.status().name(),
                p.proposedBy(),
                p.proposedAt(),
                p.decision().map(Proposal.Decision::by).orElse(null),
                p.decision().map(Proposal.Decision::at).orElse(null),
                p.decision().flatMap(Proposal.Decision::note).orElse(null),
                p.version());
    }

    static ThresholdResponse threshold(Threshold threshold) {
        return switch (threshold.comparison()) {
            case AT_LEAST -> new ThresholdResponse("AT_LEAST", threshold.lower().orElseThrow(), null, null);
            case AT_MOST -> new ThresholdResponse("AT_MOST", threshold.upper().orElseThrow(), null, null);
            case BETWEEN ->
                new ThresholdResponse(
                        "BETWEEN",
                        null,
                        threshold.lower().orElseThrow(),
                        threshold.upper().orElseThrow());
        };
    }
}
