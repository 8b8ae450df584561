package dev.baton.adapters.web.proposal;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.application.proposal.ProposalBoard;

/**
 * What the proposals page shows: the board, the propose form (with what was typed and its errors), and a notice of
 * what just happened ({@code done}: made, accepted, declined, withdrawn or superseded).
 */
public record ProposalsView(ProposalBoard board, ProposalForm form, FormErrors errors, String done) {}
