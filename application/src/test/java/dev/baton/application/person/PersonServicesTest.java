package dev.baton.application.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The person services over in-memory fakes of their ports. */
class PersonServicesTest {

    private final World world = new World();
    private final PersonGuards guards = new PersonGuards(world.people);
    private final CreatePersonService create =
            new CreatePersonService(world.people, guards, world.auditor(), world.access());
    private final EditPersonService edit = new EditPersonService(world.people, guards, world.auditor(), world.access());
    private final PersonQueryService query = new PersonQueryService(world.people, world.access());

    @BeforeEach
    void anAdmin() {
        world.signInAdmin();
    }

    @Test
    void anAdminCreatesAPersonWhoIsThenFoundAndListed() {
        Person person = create.create(CreatePersonCommand.of("Sam Sales", "Sam@Example.com", List.of("TEAM_LEAD")));

        assertThat(person.email().value()).isEqualTo("sam@example.com");
        assertThat(query.get(person.id())).isEqualTo(person);
        assertThat(query.list(ListPeopleQuery.of("sam", 0, 10)).items()).containsExactly(person);
        assertThat(world.audit.actions()).containsExactly("person:create");
    }

    @Test
    void anAddressSomeoneUsesIsAlreadyTaken() {
        create.create(CreatePersonCommand.of("Sam Sales", "sam@example.com", List.of("TEAM_LEAD")));
        assertThatThrownBy(() ->
                        create.create(CreatePersonCommand.of("Sam Again", "SAM@example.com", List.of("EXECUTIVE"))))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("email"));
    }

    @Test
    void aNameAnAddressAndARoleAreEachChecked() {
        assertThatThrownBy(() -> CreatePersonCommand.of("", "not an address", List.of("KING")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).contains("name", "email"));
    }

    @Test
    void onlyAnAdminCreatesOrEditsPeople() {
        Person lead = world.person("Lee Lead", Role.TEAM_LEAD);
        world.signIn(lead);
        assertThatThrownBy(() -> create.create(CreatePersonCommand.of("X", "x@example.com", List.of("ADMIN"))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> edit.edit(new EditPersonCommand(
                        lead.id(), lead.name(), lead.email(), Set.of(Role.ADMIN), lead.version())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(world.people.findById(lead.id()).orElseThrow().roles()).containsExactly(Role.TEAM_LEAD);
    }

    @Test
    void nobodySignedInReadsNobody() {
        Person lead = world.person("Lee Lead", Role.TEAM_LEAD);
        world.signOut();
        assertThatThrownBy(() -> query.get(lead.id())).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void anEditChangesTheRolesAndMovesTheVersionOn() {
        Person lead = world.person("Lee Lead", Role.TEAM_LEAD);
        Person edited = edit.edit(EditPersonCommand.of(
                lead.id().value(), "Lee Lead", lead.email().value(), List.of("TEAM_LEAD", "EXECUTIVE"), 0L));

        assertThat(edited.roles()).containsExactlyInAnyOrder(Role.TEAM_LEAD, Role.EXECUTIVE);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(world.audit.actions()).containsExactly("person:edit");
    }

    @Test
    void anEditFromAStaleVersionIsAConcurrentEdit() {
        Person lead = world.person("Lee Lead", Role.TEAM_LEAD);
        edit.edit(EditPersonCommand.of(lead.id().value(), "Lee", lead.email().value(), List.of("TEAM_LEAD"), 0L));
        assertThatThrownBy(() -> edit.edit(EditPersonCommand.of(
                        lead.id().value(), "Lea", lead.email().value(), List.of("TEAM_LEAD"), 0L)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(world.people.findById(lead.id()).orElseThrow().name().value())
                .isEqualTo("Lee");
    }

    @Test
    void anEditToAnotherPersonsAddressIsAlreadyTaken() {
        Person lead = world.person("Lee Lead", Role.TEAM_LEAD);
        Person other = world.person("Olga Other", Role.EXECUTIVE);
        assertThatThrownBy(() -> edit.edit(EditPersonCommand.of(
                        lead.id().value(), "Lee Lead", other.email().value(), List.of("TEAM_LEAD"), 0L)))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("email"));
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertThatThrownBy(() -> query.get(new PersonId(4242))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> edit.edit(EditPersonCommand.of(4242L, "Nobody", "n@example.com", List.of("ADMIN"), 0L)))
                .isInstanceOf(NotFoundException.class);
    }
}
