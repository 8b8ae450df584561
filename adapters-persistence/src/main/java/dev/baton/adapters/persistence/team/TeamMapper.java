package dev.baton.adapters.persistence.team;

import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;

final class TeamMapper {

    private TeamMapper() {}

    static Team toDomain(TeamJpaEntity entity) {
        return new Team(
                new TeamId(entity.id),
                new TeamName(entity.name),
                DepartmentKind.valueOf(entity.kind),
                new PersonId(entity.ownerId),
                entity.memberIds.stream()
                        .sorted()
                        .map(PersonId::new)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                entity.archived,
                entity.version);
    }

    static void copy(Team team, TeamJpaEntity entity) {
        entity.id = team.id().value();
        entity.name = team.name().value();
        entity.kind = team.kind().name();
        entity.ownerId = team.owner().value();
        entity.archived = team.archived();
        // Only touch the collection when membership really changed, so an unchanged team keeps its version.
        var wanted = team.members().stream().map(PersonId::value).collect(Collectors.toSet());
        if (!wanted.equals(entity.memberIds)) {
            entity.memberIds.clear();
            entity.memberIds.addAll(wanted);
        }
    }
}
