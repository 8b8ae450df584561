package dev.baton.application.proposal;

import dev.baton.application.target.ThresholdInput;

/**
 * A proposal exactly as a client sent it. {@code fromTeam} is optional: a lead of one team proposes for it by default.
 */
public record ProposalInput(
        Long fromTeam,
        Long toTeam,
        String metric,
        String scopeFrom,
        String scopeTo,
        String period,
        ThresholdInput threshold,
        String note) {}
