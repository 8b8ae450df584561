package dev.baton.adapters.persistence.team;

import dev.baton.adapters.persistence.shared.Flushing;
import dev.baton.adapters.persistence.shared.Sequences;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TeamPersistenceAdapter implements TeamRepository {

    private final TeamPanacheRepository repository;
    private final Sequences sequences;

    @Inject
    public TeamPersistenceAdapter(TeamPanacheRepository repository, Sequences sequences) {
        this.repository = repository;
        this.sequences = sequences;
    }

    @Override
    public TeamId nextId() {
        return new TeamId(sequences.next("team_id_seq"));
    }

    @Override
    public Team add(Team team) {
        TeamJpaEntity entity = new TeamJpaEntity();
        TeamMapper.copy(team, entity);
        repository.persist(entity);
        Flushing.flushGuarded(repository.getEntityManager(), "team", team.id());
        return TeamMapper.toDomain(entity);
    }

    @Override
    public Team update(Team team) {
        TeamJpaEntity entity = repository
                .findByIdOptional(team.id().value())
                .orElseThrow(() -> new NotFoundException("team", team.id()));
        if (entity.version != team.version()) {
            throw new ConcurrentEditException("team", team.id());
        }
        TeamMapper.copy(team, entity);
        Flushing.flushGuarded(repository.getEntityManager(), "team", team.id());
        return TeamMapper.toDomain(entity);
    }

    @Override
    public Optional<Team> findById(TeamId id) {
        return repository.findByIdOptional(id.value()).map(TeamMapper::toDomain);
    }

    @Override
    public List<Team> findAllById(Collection<TeamId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.list("id in ?1", ids.stream().map(TeamId::value).toList()).stream()
                .map(TeamMapper::toDomain)
                .toList();
    }

    @Override
    public boolean activeNameTaken(TeamName name, Optional<TeamId> except) {
        return repository.count(
                        "lower(name) = :name and archived = false and id <> :except",
                        Parameters.with("name", name.uniquenessKey())
                                .and("except", except.map(TeamId::value).orElse(0L)))
                > 0;
    }

    @Override
    public List<TeamId> ledBy(PersonId person) {
        return repository
                .find("archived = false and (ownerId = ?1 or ?1 member of memberIds)", person.value())
                .list()
                .stream()
                .map(e -> new TeamId(e.id))
                .toList();
    }

    @Override
    public Page<Team> list(Optional<DepartmentKind> kind, boolean includeArchived, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        kind.ifPresent(k -> {
            conditions.add("kind = :kind");
            parameters.and("kind", k.name());
        });
        if (!includeArchived) {
            conditions.add("archived = false");
        }
        Sort byName = Sort.by("name").and("id");
        PanacheQuery<TeamJpaEntity> query = conditions.isEmpty()
                ? repository.findAll(byName)
                : repository.find(String.join(" and ", conditions), byName, parameters);
        List<Team> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(TeamMapper::toDomain)
                .toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }
}
