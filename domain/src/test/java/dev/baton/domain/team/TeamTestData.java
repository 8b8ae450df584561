package dev.baton.domain.team;

import dev.baton.domain.person.PersonId;

/** Teams for tests: {@code TeamTestData.aTeam().named("Sales").ownedBy(7).build()}. */
public final class TeamTestData {

    private long id = 1;
    private String name = "Marketing";
    private DepartmentKind kind = DepartmentKind.MARKETING;
    private long owner = 1;

    private TeamTestData() {}

    public static TeamTestData aTeam() {
        return new TeamTestData();
    }

    public TeamTestData withId(long value) {
        this.id = value;
        return this;
    }

    public TeamTestData named(String value) {
        this.name = value;
        return this;
    }

    public TeamTestData ofKind(DepartmentKind value) {
        this.kind = value;
        return this;
    }

    public TeamTestData ownedBy(long person) {
        this.owner = person;
        return this;
    }

    public Team build() {
        return Team.create(new TeamId(id), new TeamName(name), kind, new PersonId(owner));
    }
}
