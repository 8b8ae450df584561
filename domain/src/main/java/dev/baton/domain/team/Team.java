package dev.baton.domain.team;

import dev.baton.domain.person.PersonId;
import dev.baton.domain.shared.InvalidValueException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A department with one accountable owner and its members. Immutable: every change returns a new team with the same
 * version; the repository compares that version with the stored one, so a stale edit is detected, never applied.
 */
public record Team(
        TeamId id,
        TeamName name,
        DepartmentKind kind,
        PersonId owner,
        Set<PersonId> members,
        boolean archived,
        long version) {

    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (kind == null) {
            throw new InvalidValueException("field.KIND_REQUIRED");
        }
        if (owner == null) {
            throw new InvalidValueException("field.OWNER_REQUIRED");
        }
        members = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(members, "members")));
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative");
        }
    }

    public static Team create(TeamId id, TeamName name, DepartmentKind kind, PersonId owner) {
        return new Team(id, name, kind, owner, Set.of(), false, 0);
    }

    public Team rename(TeamName newName) {
        return new Team(id, newName, kind, owner, members, archived, version);
    }

    public Team changeKind(DepartmentKind newKind) {
        return new Team(id, name, newKind, owner, members, archived, version);
    }

    public Team assignOwner(PersonId newOwner) {
        return new Team(id, name, kind, newOwner, members, archived, version);
    }

    public Team addMember(PersonId person) {
        Set<PersonId> more = new LinkedHashSet<>(members);
        more.add(person);
        return new Team(id, name, kind, owner, more, archived, version);
    }

    public Team removeMember(PersonId person) {
        Set<PersonId> fewer = new LinkedHashSet<>(members);
        fewer.remove(person);
        return new Team(id, name, kind, owner, fewer, archived, version);
    }

    public Team archive() {
        return new Team(id, name, kind, owner, members, true, version);
    }

    /** The owner leads the team; members help. Both may hold the team's targets as lead. */
    public boolean isLedBy(PersonId person) {
        return owner.equals(person);
    }

    public boolean hasMember(PersonId person) {
        return members.contains(person);
    }
}
