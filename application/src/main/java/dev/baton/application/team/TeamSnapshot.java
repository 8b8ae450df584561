package dev.baton.application.team;

import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.Team;
import java.util.LinkedHashMap;
import java.util.Map;

/** A team as the audit trail writes it down. */
final class TeamSnapshot {

    private TeamSnapshot() {}

    static Map<String, Object> of(Team team) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", team.name().value());
        state.put("kind", team.kind().name());
        state.put("owner", team.owner().value());
        state.put(
                "members", team.members().stream().map(PersonId::value).sorted().toList());
        state.put("archived", team.archived());
        return state;
    }
}
