package dev.baton.adapters.rest.proposal;

import dev.baton.adapters.rest.target.TargetRequest.ScopeRequest;
import dev.baton.adapters.rest.target.TargetRequest.ThresholdRequest;
import dev.baton.application.proposal.ProposalInput;

/**
 * A target proposed to another team. {@code fromTeam} is optional: a lead proposes for the team they lead by default.
 */
public record ProposalRequest(
        Long fromTeam,
        Long toTeam,
        String metric,
        ScopeRequest scope,
        String period,
        ThresholdRequest threshold,
        String note) {

    public ProposalInput toInput() {
        return new ProposalInput(
                fromTeam,
                toTeam,
                metric,
                scope == null ? null : scope.from(),
                scope == null ? null : scope.to(),
                period,
                threshold == null ? null : threshold.toInput(),
                note);
    }
}
