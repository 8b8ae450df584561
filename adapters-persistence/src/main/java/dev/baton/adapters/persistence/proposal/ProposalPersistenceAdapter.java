package dev.baton.adapters.persistence.proposal;

import dev.baton.adapters.persistence.shared.Flushing;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.proposal.ProposalId;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.team.TeamId;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProposalPersistenceAdapter implements ProposalRepository {

    private static final Sort NEWEST_FIRST = Sort.descending("proposedAt").and("id", Sort.Direction.Descending);

    private final ProposalPanacheRepository repository;

    @Inject
    public ProposalPersistenceAdapter(ProposalPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public Proposal add(Proposal proposal) {
        ProposalJpaEntity entity = new ProposalJpaEntity();
        ProposalMapper.copy(proposal, entity);
        repository.persist(entity);
        Flushing.flushGuarded(repository.getEntityManager(), "proposal", proposal.id());
        return ProposalMapper.toDomain(entity);
    }

    @Override
    public Proposal update(Proposal proposal) {
        ProposalJpaEntity entity = repository
                .findByIdOptional(proposal.id().value())
                .orElseThrow(() -> new NotFoundException("proposal", proposal.id()));
        if (entity.version != proposal.version()) {
            throw new ConcurrentEditException("proposal", proposal.id());
        }
        ProposalMapper.copy(proposal, entity);
        Flushing.flushGuarded(repository.getEntityManager(), "proposal", proposal.id());
        return ProposalMapper.toDomain(entity);
    }

    @Override
    public Optional<Proposal> findById(ProposalId id) {
        return repository.findByIdOptional(id.value()).map(ProposalMapper::toDomain);
    }

    @Override
    public List<Proposal> find(Optional<TeamId> team, Optional<ProposalStatus> status, Optional<Period> period) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        team.ifPresent(t -> {
            conditions.add("(fromTeamId = :team or toTeamId = :team)");
            parameters.and("team", t.value());
        });
        status.ifPresent(s -> {
            conditions.add("status = :status");
            parameters.and("status", s.name());
        });
        period.ifPresent(p -> {
            conditions.add("period = :period");
            parameters.and("period", p.format());
        });
        List<ProposalJpaEntity> found = conditions.isEmpty()
                ? repository.listAll(NEWEST_FIRST)
                : repository.list(String.join(" and ", conditions), NEWEST_FIRST, parameters);
        return found.stream().map(ProposalMapper::toDomain).toList();
    }
}
