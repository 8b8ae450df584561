package dev.baton.adapters.rest.team;

import dev.baton.adapters.rest.person.PersonRef;
import dev.baton.application.team.TeamDetails;
import dev.baton.application.team.TeamSummary;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.Team;
import java.util.List;

public record TeamResponse(
        long id, String name, String kind, PersonRef owner, List<Long> memberIds, boolean archived, long version) {

    static TeamResponse of(Team team, PersonRef owner) {
        return new TeamResponse(
                team.id().value(),
                team.name().value(),
                team.kind().name(),
                owner,
                team.members().stream().map(PersonId::value).sorted().toList(),
                team.archived(),
                team.version());
    }

    static TeamResponse of(TeamSummary summary) {
        return of(summary.team(), PersonRef.of(summary.owner()));
    }

    static TeamResponse of(TeamDetails details) {
        return of(details.team(), PersonRef.of(details.owner()));
    }
}
