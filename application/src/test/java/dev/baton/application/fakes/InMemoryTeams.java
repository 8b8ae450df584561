package dev.baton.application.fakes;

import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Teams kept in memory, keeping the PostgreSQL adapter's contract: versions checked on update, an active name unique
 * ignoring case, lists ordered by name and paged.
 */
public final class InMemoryTeams implements TeamRepository {

    private final VersionedRows<TeamId, Team> teams = new VersionedRows<>(
            "team",
            Team::id,
            Team::version,
            (t, v) -> new Team(t.id(), t.name(), t.kind(), t.owner(), t.members(), t.archived(), v));
    private long next = 100;

    /** Stores a team as it is, for a test's starting state. */
    public InMemoryTeams with(Team team) {
        teams.add(team);
        return this;
    }

    @Override
    public TeamId nextId() {
        return new TeamId(next++);
    }

    @Override
    public Team add(Team team) {
        if (!team.archived() && activeNameTaken(team.name(), Optional.of(team.id()))) {
            throw Clashes.taken("name");
        }
        return teams.add(team);
    }

    @Override
    public Team update(Team team) {
        if (!team.archived() && activeNameTaken(team.name(), Optional.of(team.id()))) {
            throw Clashes.taken("name");
        }
        return teams.update(team);
    }

    @Override
    public Optional<Team> findById(TeamId id) {
        return teams.find(id);
    }

    @Override
    public List<Team> findAllById(Collection<TeamId> ids) {
        return ids.stream().distinct().flatMap(id -> teams.find(id).stream()).toList();
    }

    @Override
    public boolean activeNameTaken(TeamName name, Optional<TeamId> except) {
        return teams.all().stream()
                .filter(t ->
                        !t.archived() && except.map(id -> !id.equals(t.id())).orElse(true))
                .anyMatch(t -> t.name().uniquenessKey().equals(name.uniquenessKey()));
    }

    @Override
    public List<TeamId> ledBy(PersonId person) {
        return teams.all().stream()
                .filter(t -> !t.archived() && (t.isLedBy(person) || t.hasMember(person)))
                .map(Team::id)
                .toList();
    }

    @Override
    public Page<Team> list(Optional<DepartmentKind> kind, boolean includeArchived, PageRequest page) {
        return Pages.of(
                teams.all().stream()
                        .filter(t -> kind.map(k -> k == t.kind()).orElse(true))
                        .filter(t -> includeArchived || !t.archived())
                        .sorted(Comparator.comparing((Team t) -> t.name().value())
                                .thenComparing(t -> t.id().value()))
                        .toList(),
                page);
    }
}
