package dev.baton.application.team.port;

import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Teams as they are stored. */
public interface TeamRepository {

    TeamId nextId();

    /** Stores a new team and returns it as stored. */
    Team add(Team team);

    /**
     * Stores a changed team if nobody changed it since its version was read, and returns it with its new version.
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when the stored version differs
     */
    Team update(Team team);

    Optional<Team> findById(TeamId id);

    List<Team> findAllById(Collection<TeamId> ids);

    /** Whether an active team other than {@code except} already has this name, ignoring case. */
    boolean activeNameTaken(TeamName name, Optional<TeamId> except);

    /** The active teams a person owns or belongs to. */
    List<TeamId> ledBy(PersonId person);

    Page<Team> list(Optional<DepartmentKind> kind, boolean includeArchived, PageRequest page);

    /** Every active team, in the list's order: page after page, for a choice that must offer them all. */
    default List<Team> allActive() {
        List<Team> all = new ArrayList<>();
        Page<Team> page = list(Optional.empty(), false, PageRequest.of(0, PageRequest.MAX_SIZE));
        all.addAll(page.items());
        while (page.hasNext()) {
            page = list(Optional.empty(), false, PageRequest.of(page.page() + 1, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        }
        return all;
    }
}
