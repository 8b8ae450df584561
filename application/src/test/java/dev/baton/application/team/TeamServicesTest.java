package dev.baton.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.RefusedException;
import dev.baton.application.team.port.TeamObligation;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The team services over in-memory fakes of their ports. */
class TeamServicesTest {

    private final World world = new World();
    private final TeamGuards guards = new TeamGuards(world.teams, world.people);
    private Person lead;

    @BeforeEach
    void anAdminAndALead() {
        lead = world.person("Lee Lead", Role.TEAM_LEAD);
        world.signInAdmin();
    }

    @Nested
    class CreatingATeam {

        private final CreateTeamService create =
                new CreateTeamService(world.teams, guards, world.auditor(), world.access());

        @Test
        void anAdminCreatesATeamAndTheTrailSaysSo() {
            Team team = create.create(
                    CreateTeamCommand.of("Growth", "MARKETING", lead.id().value()));

            assertThat(world.teams.findById(team.id())).contains(team);
            assertThat(team.owner()).isEqualTo(lead.id());
            assertThat(world.audit.actions()).containsExactly("team:create");
        }

        @Test
        void aTeamLeadMayNotCreateATeam() {
            world.signIn(lead);
            assertThatThrownBy(() -> create.create(CreateTeamCommand.of(
                            "Growth", "MARKETING", lead.id().value())))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(world.teams
                            .list(java.util.Optional.empty(), true, new dev.baton.application.shared.PageRequest(0, 10))
                            .items())
                    .isEmpty();
        }

        @Test
        void nobodySignedInMayNotCreateATeam() {
            world.signOut();
            assertThatThrownBy(() -> create.create(CreateTeamCommand.of(
                            "Growth", "MARKETING", lead.id().value())))
                    .isInstanceOf(UnauthenticatedException.class);
        }

        @Test
        void anOwnerWhoDoesNotExistIsAnErrorOnTheOwnerField() {
            assertThatThrownBy(() -> create.create(CreateTeamCommand.of("Growth", "MARKETING", 999L)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(Fields.of(e)).containsExactly("ownerId"));
        }

        @Test
        void aBlankNameAndAnUnknownKindAreBothReported() {
            assertThatThrownBy(
                            () -> CreateTeamCommand.of(" ", "SPACE", lead.id().value()))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(Fields.of(e)).containsExactlyInAnyOrder("name", "kind"));
        }

        @Test
        void aNameAnActiveTeamHoldsIsAlreadyTakenIgnoringCase() {
            create.create(CreateTeamCommand.of("Growth", "MARKETING", lead.id().value()));
            assertThatThrownBy(() -> create.create(
                            CreateTeamCommand.of("GROWTH", "SALES", lead.id().value())))
                    .isInstanceOf(AlreadyExistsException.class)
                    .satisfies(e -> assertThat(Fields.of(e)).containsExactly("name"));
        }
    }

    @Nested
    class EditingATeam {

        private final EditTeamService edit = new EditTeamService(world.teams, guards, world.auditor(), world.access());
        private Team team;

        @BeforeEach
        void aTeam() {
            team = world.team("Sales", DepartmentKind.SALES, lead);
        }

        @Test
        void anAdminRenamesATeamAndItsVersionMovesOn() {
            Team edited = edit.edit(EditTeamCommand.of(
                    team.id().value(), "Field sales", "SALES", lead.id().value(), team.version()));

            assertThat(edited.name().value()).isEqualTo("Field sales");
            assertThat(edited.version()).isEqualTo(team.version() + 1);
            assertThat(world.audit.actions()).containsExactly("team:edit");
        }

        @Test
        void anEditFromAStaleVersionIsAConcurrentEditAndChangesNothing() {
            edit.edit(EditTeamCommand.of(
                    team.id().value(), "Field sales", "SALES", lead.id().value(), 0L));
            assertThatThrownBy(() -> edit.edit(EditTeamCommand.of(
                            team.id().value(),
                            "Inside sales",
                            "SALES",
                            lead.id().value(),
                            0L)))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(world.teams.findById(team.id()).orElseThrow().name().value())
                    .isEqualTo("Field sales");
        }

        @Test
        void theLeadOfTheTeamMayNotEditIt() {
            world.signIn(lead);
            assertThatThrownBy(() -> edit.edit(EditTeamCommand.of(
                            team.id().value(), "Mine", "SALES", lead.id().value(), team.version())))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void anotherActiveTeamsNameIsAlreadyTaken() {
            world.team("Marketing", DepartmentKind.MARKETING, lead);
            assertThatThrownBy(() -> edit.edit(EditTeamCommand.of(
                            team.id().value(), "marketing", "SALES", lead.id().value(), team.version())))
                    .isInstanceOf(AlreadyExistsException.class)
                    .satisfies(e -> assertThat(Fields.of(e)).containsExactly("name"));
        }

        @Test
        void anArchivedTeamIsNoLongerEdited() {
            Team archived = world.teams.update(team.archive());
            assertThatThrownBy(() -> edit.edit(EditTeamCommand.of(
                            team.id().value(), "Back", "SALES", lead.id().value(), archived.version())))
                    .isInstanceOf(RefusedException.class);
        }

        @Test
        void aVersionIsRequired() {
            assertThatThrownBy(() -> EditTeamCommand.of(
                            team.id().value(), "Sales", "SALES", lead.id().value(), null))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(Fields.of(e)).containsExactly("version"));
        }
    }

    @Nested
    class ArchivingATeam {

        private final ArchiveTeamService archive =
                new ArchiveTeamService(world.teams, guards, world.obligations, world.auditor(), world.access());
        private Team team;

        @BeforeEach
        void aTeam() {
            team = world.team("Support", DepartmentKind.CUSTOMER_SUCCESS, lead);
        }

        @Test
        void aTeamWithoutObligationsIsArchivedAndFreesItsName() {
            Team archived = archive.archive(ArchiveTeamCommand.of(team.id().value(), team.version()));

            assertThat(archived.archived()).isTrue();
            assertThat(world.teams.activeNameTaken(team.name(), java.util.Optional.empty()))
                    .isFalse();
            assertThat(world.audit.actions()).containsExactly("team:archive");
        }

        @Test
        void aTeamThatStillOwnsAStageIsNotArchived() {
            world.obligations.hold(team.id(), new TeamObligation(TeamObligation.Kind.FUNNEL_STAGES, 1));
            assertThatThrownBy(() ->
                            archive.archive(ArchiveTeamCommand.of(team.id().value(), team.version())))
                    .isInstanceOf(RefusedException.class);
            assertThat(world.teams.findById(team.id()).orElseThrow().archived()).isFalse();
        }

        @Test
        void theRefusalNamesEveryObligationWithItsCountInEachLanguage() {
            world.obligations
                    .hold(team.id(), new TeamObligation(TeamObligation.Kind.FUNNEL_STAGES, 2))
                    .hold(team.id(), new TeamObligation(TeamObligation.Kind.TARGETS, 1200));

            RefusedException refused = catchThrowableOfType(
                    () -> archive.archive(ArchiveTeamCommand.of(team.id().value(), team.version())),
                    RefusedException.class);

            assertThat(Phrasebook.word(refused.reason(), Phrasebook.ENGLISH))
                    .isEqualTo("The team 'Support' cannot be archived: 2 funnel stage(s) owned by the team: give them"
                            + " to another team first; 1,200 KPI target(s) held by the team: remove them first.");
            assertThat(Phrasebook.word(refused.reason(), Phrasebook.CHINESE))
                    .isEqualTo("团队“Support”不能归档：2 个漏斗阶段归该团队所有：请先将其交给其他团队；" + "该团队持有 1,200 个 KPI 目标：请先删除。");
        }

        @Test
        void archivingFromAStaleVersionIsAConcurrentEdit() {
            world.teams.update(team.rename(new dev.baton.domain.team.TeamName("Care")));
            assertThatThrownBy(() ->
                            archive.archive(ArchiveTeamCommand.of(team.id().value(), team.version())))
                    .isInstanceOf(ConcurrentEditException.class);
        }

        @Test
        void onlyAnAdminArchives() {
            world.signIn(lead);
            assertThatThrownBy(() ->
                            archive.archive(ArchiveTeamCommand.of(team.id().value(), team.version())))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void anUnknownTeamIsNotFound() {
            assertThatThrownBy(() -> archive.archive(ArchiveTeamCommand.of(4242L, 0L)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Membership {

        private final AddTeamMemberService add =
                new AddTeamMemberService(world.teams, guards, world.auditor(), world.access());
        private final RemoveTeamMemberService remove =
                new RemoveTeamMemberService(world.teams, guards, world.auditor(), world.access());
        private Team team;
        private Person member;

        @BeforeEach
        void aTeamAndAPerson() {
            team = world.team("Product", DepartmentKind.PRODUCT, lead);
            member = world.person("Mo Member", Role.TEAM_LEAD);
        }

        @Test
        void anAddedMemberLeadsTheTeamAndARemovedOneNoLonger() {
            Team joined = add.addMember(
                    TeamMembershipCommand.of(team.id().value(), member.id().value()));
            assertThat(joined.members()).containsExactly(member.id());
            assertThat(world.teams.ledBy(member.id())).containsExactly(team.id());

            Team left = remove.removeMember(
                    TeamMembershipCommand.of(team.id().value(), member.id().value()));
            assertThat(left.members()).isEmpty();
            assertThat(world.teams.ledBy(member.id())).isEmpty();
            assertThat(world.audit.entries).hasSize(2);
        }

        @Test
        void aPersonWhoDoesNotExistIsAnErrorOnThePersonField() {
            assertThatThrownBy(() ->
                            add.addMember(TeamMembershipCommand.of(team.id().value(), 999L)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(Fields.of(e)).containsExactly("personId"));
        }

        @Test
        void aPersonMustBeNamed() {
            assertThatThrownBy(() -> TeamMembershipCommand.of(team.id().value(), null))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(Fields.of(e)).containsExactly("personId"));
        }

        @Test
        void onlyAnAdminChangesMembers() {
            world.signIn(lead);
            assertThatThrownBy(() -> add.addMember(TeamMembershipCommand.of(
                            team.id().value(), member.id().value())))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> remove.removeMember(TeamMembershipCommand.of(
                            team.id().value(), member.id().value())))
                    .isInstanceOf(ForbiddenException.class);
        }
    }
}
