package dev.baton.application.team.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every TeamRepository keeps: run against the in-memory fake and the PostgreSQL adapter. */
public abstract class TeamRepositoryContract extends PortContract {

    protected abstract TeamRepository teams();

    protected abstract PersonRepository people();

    protected PersonId owner;

    @BeforeEach
    public void anOwner() {
        owner = call(() -> people().add(Person.create(
                        people().nextId(),
                        new PersonName("Owner"),
                        new EmailAddress(email("owner")),
                        Set.of(Role.TEAM_LEAD)))
                .id());
    }

    protected Team stored(String name, DepartmentKind kind) {
        return call(() -> teams().add(Team.create(teams().nextId(), new TeamName(name), kind, owner)));
    }

    @Test
    public void aStoredTeamIsFoundAsItWasStored() {
        Team team = stored(unique("Stored"), DepartmentKind.SALES);
        Optional<Team> found = call(() -> teams().findById(team.id()));
        assertThat(found).contains(team);
    }

    @Test
    public void anUpdateBumpsTheVersionAndKeepsMembers() {
        Team team = stored(unique("Members"), DepartmentKind.PRODUCT);
        Team updated = call(() -> teams().update(team.addMember(owner)));
        assertThat(updated.version()).isEqualTo(team.version() + 1);
        assertThat(updated.members()).containsExactly(owner);
    }

    @Test
    public void anUpdateFromAStaleCopyIsAConcurrentEdit() {
        Team team = stored(unique("Stale"), DepartmentKind.FINANCE);
        run(() -> teams().update(team.rename(new TeamName(unique("Fresh")))));
        assertThatThrownBy(() -> run(() -> teams().update(team.rename(new TeamName(unique("Lost"))))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    public void aNameIsTakenOnlyByAnotherActiveTeamIgnoringCase() {
        String name = unique("Taken");
        Team team = stored(name, DepartmentKind.OTHER);
        TeamName shouted = new TeamName(name.toUpperCase());
        run(() -> {
            assertThat(teams().activeNameTaken(shouted, Optional.empty())).isTrue();
            assertThat(teams().activeNameTaken(shouted, Optional.of(team.id()))).isFalse();
        });
        run(() -> teams().update(team.archive()));
        run(() -> assertThat(teams().activeNameTaken(shouted, Optional.empty())).isFalse());
    }

    @Test
    public void aPageHoldsAtMostItsSizeAndCountsTheWhole() {
        String prefix = unique("Paged");
        for (int i = 0; i < 3; i++) {
            stored(prefix + " " + i, DepartmentKind.MARKETING);
        }
        Page<Team> page = call(() -> teams().list(Optional.of(DepartmentKind.MARKETING), false, new PageRequest(0, 2)));
        assertThat(page.items()).hasSize(2).allMatch(t -> t.kind() == DepartmentKind.MARKETING);
        assertThat(page.total()).isGreaterThanOrEqualTo(3);
    }

    @Test
    public void findAllByIdReturnsEveryStoredTeamAsked() {
        Team a = stored(unique("A"), DepartmentKind.SALES);
        Team b = stored(unique("B"), DepartmentKind.SALES);
        List<Team> found = call(() -> teams().findAllById(List.of(a.id(), b.id())));
        assertThat(found).containsExactlyInAnyOrder(a, b);
    }

    @Test
    public void aSecondActiveTeamWithTheSameNameIsRefusedOnTheNameField() {
        String name = unique("Twice");
        stored(name, DepartmentKind.SALES);
        assertThatThrownBy(() -> stored(name.toLowerCase(), DepartmentKind.PRODUCT))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(((AlreadyExistsException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("name"));
    }

    @Test
    public void aPageListsTheTeamsByName() {
        String prefix = unique("Ordered");
        stored(prefix + " b", DepartmentKind.CUSTOMER_SUCCESS);
        stored(prefix + " a", DepartmentKind.CUSTOMER_SUCCESS);
        Page<Team> page = call(() -> teams().list(
                        Optional.of(DepartmentKind.CUSTOMER_SUCCESS), false, new PageRequest(0, PageRequest.MAX_SIZE)));
        assertThat(page.items())
                .extracting(t -> t.name().value())
                .filteredOn(n -> n.startsWith(prefix))
                .containsExactly(prefix + " a", prefix + " b");
    }

    @Test
    public void allActiveOffersEveryActiveTeamPastTheFirstPage() {
        String prefix = unique("Zz All");
        for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
            stored(prefix + " " + i, DepartmentKind.PRODUCT);
        }
        Team archived = stored(prefix + " archived", DepartmentKind.PRODUCT);
        call(() -> teams().update(archived.archive()));

        List<Team> all = call(() -> teams().allActive());

        assertThat(all)
                .extracting(t -> t.name().value())
                .filteredOn(n -> n.startsWith(prefix))
                .hasSize(PageRequest.MAX_SIZE + 1)
                .doesNotContain(prefix + " archived");
    }
}
