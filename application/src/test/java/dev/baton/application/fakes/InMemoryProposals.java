package dev.baton.application.fakes;

import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.proposal.ProposalId;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.team.TeamId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Proposals kept in a map, with the version check and order of the PostgreSQL adapter. */
public final class InMemoryProposals implements ProposalRepository {

    private final Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();

    @Override
    public Proposal add(Proposal proposal) {
        proposals.put(proposal.id(), proposal);
        return proposal;
    }

    @Override
    public Proposal update(Proposal proposal) {
        Proposal stored = proposals.get(proposal.id());
        if (stored == null) {
            throw new NotFoundException("proposal", proposal.id());
        }
        if (stored.version() != proposal.version()) {
            throw new ConcurrentEditException("proposal", proposal.id());
        }
        Proposal next = new Proposal(
                proposal.id(),
                proposal.fromTeam(),
                proposal.toTeam(),
                proposal.metric(),
                proposal.scope(),
                proposal.period(),
                proposal.threshold(),
                proposal.note(),
                proposal.base(),
                proposal.proposedBy(),
                proposal.proposedAt(),
                proposal.status(),
                proposal.decision(),
                proposal.version() + 1);
        proposals.put(next.id(), next);
        return next;
    }

    @Override
    public Optional<Proposal> findById(ProposalId id) {
        return Optional.ofNullable(proposals.get(id));
    }

    @Override
    public List<Proposal> find(Optional<TeamId> team, Optional<ProposalStatus> status, Optional<Period> period) {
        return proposals.values().stream()
                .filter(p -> team.map(t -> p.toTeam().equals(t) || p.fromTeam().equals(Optional.of(t)))
                        .orElse(true))
                .filter(p -> status.map(s -> p.status() == s).orElse(true))
                .filter(p -> period.map(p.period()::equals).orElse(true))
                .sorted(Comparator.comparing(Proposal::proposedAt)
                        .thenComparing(p -> p.id().value())
                        .reversed())
                .toList();
    }
}
