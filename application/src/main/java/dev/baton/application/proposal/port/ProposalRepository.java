package dev.baton.application.proposal.port;

import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.proposal.ProposalId;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.team.TeamId;
import java.util.List;
import java.util.Optional;

/** Proposals between teams, as they are stored. */
public interface ProposalRepository {

    Proposal add(Proposal proposal);

    /**
     * Stores a decided proposal if nobody decided it since its version was read, and returns it with its new version.
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when the stored version differs
     */
    Proposal update(Proposal proposal);

    Optional<Proposal> findById(ProposalId id);

    /**
     * Proposals made by or to {@code team} (each filter optional), in one status and period, newest first.
     */
    List<Proposal> find(Optional<TeamId> team, Optional<ProposalStatus> status, Optional<Period> period);
}
