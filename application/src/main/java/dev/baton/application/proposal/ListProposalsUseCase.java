package dev.baton.application.proposal;

import java.util.List;

public interface ListProposalsUseCase {

    List<ProposalDetails> list(ListProposalsQuery query);
}
