package dev.baton.application.proposal;

import dev.baton.domain.proposal.Proposal;
import java.util.Objects;
import java.util.Optional;

/** A proposal with the names of the teams it runs between, for a reader who knows teams by name. */
public record ProposalDetails(Proposal proposal, Optional<String> fromTeamName, String toTeamName) {

    public ProposalDetails {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(fromTeamName, "fromTeamName");
        Objects.requireNonNull(toTeamName, "toTeamName");
    }
}
