package dev.baton.application.fakes;

import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Teams kept in a map, answering the reads the team services make as the PostgreSQL adapter does. */
public final class InMemoryTeamRepository implements TeamRepository {

    private final Map<TeamId, Team> teams = new LinkedHashMap<>();
    private long next = 100;

    public InMemoryTeamRepository with(Team team) {
        teams.put(team.id(), team);
        return this;
    }

    @Override
    public TeamId nextId() {
        return new TeamId(next++);
    }

    @Override
    public Team add(Team team) {
        teams.put(team.id(), team);
        return team;
    }

    @Override
    public Team update(Team team) {
        teams.put(team.id(), team);
        return team;
    }

    @Override
    public Optional<Team> findById(TeamId id) {
        return Optional.ofNullable(teams.get(id));
    }

    @Override
    public List<Team> findAllById(Collection<TeamId> ids) {
        return ids.stream().map(teams::get).filter(t -> t != null).toList();
    }

    @Override
    public boolean activeNameTaken(TeamName name, Optional<TeamId> except) {
        return teams.values().stream()
                .filter(t ->
                        !t.archived() && except.map(id -> !id.equals(t.id())).orElse(true))
                .anyMatch(t -> t.name().uniquenessKey().equals(name.uniquenessKey()));
    }

    @Override
    public List<TeamId> ledBy(PersonId person) {
        return teams.values().stream()
                .filter(t -> !t.archived() && (t.isLedBy(person) || t.hasMember(person)))
                .map(Team::id)
                .toList();
    }

    @Override
    public Page<Team> list(Optional<DepartmentKind> kind, boolean includeArchived, PageRequest page) {
        List<Team> items = new ArrayList<>(teams.values());
        return new Page<>(items, page.page(), page.size(), items.size());
    }
}
