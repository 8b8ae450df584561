package dev.baton.adapters.web.team;

import dev.baton.domain.team.Team;

/** What the team form holds, exactly as typed, so a refused form comes back with the reader's input intact. */
public record TeamForm(String name, String kind, String ownerId, String version) {

    static TeamForm empty() {
        return new TeamForm("", "", "", "");
    }

    static TeamForm of(Team team) {
        return new TeamForm(
                team.name().value(),
                team.kind().name(),
                Long.toString(team.owner().value()),
                Long.toString(team.version()));
    }

    public boolean ownerIs(Long personId) {
        return Long.toString(personId).equals(ownerId);
    }
}
