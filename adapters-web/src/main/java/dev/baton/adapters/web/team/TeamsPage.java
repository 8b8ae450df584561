package dev.baton.adapters.web.team;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.FormNumbers;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.person.ListPeopleQuery;
import dev.baton.application.person.ListPeopleUseCase;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.team.AddTeamMemberUseCase;
import dev.baton.application.team.ArchiveTeamCommand;
import dev.baton.application.team.ArchiveTeamUseCase;
import dev.baton.application.team.CreateTeamCommand;
import dev.baton.application.team.CreateTeamUseCase;
import dev.baton.application.team.EditTeamCommand;
import dev.baton.application.team.EditTeamUseCase;
import dev.baton.application.team.GetTeamUseCase;
import dev.baton.application.team.ListTeamsQuery;
import dev.baton.application.team.ListTeamsUseCase;
import dev.baton.application.team.RemoveTeamMemberUseCase;
import dev.baton.application.team.TeamDetails;
import dev.baton.application.team.TeamMembershipCommand;
import dev.baton.application.team.TeamSummary;
import dev.baton.domain.person.Person;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/** The admin's pages for teams: the list with a create form, and one team's edit page. */
@Path("/admin/teams")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class TeamsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                Page<TeamSummary> teams,
                List<String> kinds,
                String filterKind,
                boolean includeArchived,
                List<Person> people,
                TeamForm form,
                FormErrors errors,
                boolean saved);

        static native TemplateInstance edit(
                TeamDetails details,
                List<String> kinds,
                List<Person> people,
                List<Person> candidates,
                TeamForm form,
                FormErrors errors,
                boolean saved);
    }

    private static final List<String> KINDS =
            Arrays.stream(DepartmentKind.values()).map(Enum::name).toList();

    private final ListTeamsUseCase listTeams;
    private final GetTeamUseCase getTeam;
    private final CreateTeamUseCase createTeam;
    private final EditTeamUseCase editTeam;
    private final AddTeamMemberUseCase addMember;
    private final RemoveTeamMemberUseCase removeMember;
    private final ArchiveTeamUseCase archiveTeam;
    private final ListPeopleUseCase listPeople;

    @Inject
    public TeamsPage(
            ListTeamsUseCase listTeams,
            GetTeamUseCase getTeam,
            CreateTeamUseCase createTeam,
            EditTeamUseCase editTeam,
            AddTeamMemberUseCase addMember,
            RemoveTeamMemberUseCase removeMember,
            ArchiveTeamUseCase archiveTeam,
            ListPeopleUseCase listPeople) {
        this.listTeams = listTeams;
        this.getTeam = getTeam;
        this.createTeam = createTeam;
        this.editTeam = editTeam;
        this.addMember = addMember;
        this.removeMember = removeMember;
        this.archiveTeam = archiveTeam;
        this.listPeople = listPeople;
    }

    @GET
    public Response list(
            @QueryParam("kind") String kind,
            @QueryParam("archived") boolean includeArchived,
            @QueryParam("page") Integer page,
            @QueryParam("saved") boolean saved,
            @Context HttpHeaders headers) {
        return listPage(kind, includeArchived, page, TeamForm.empty(), FormErrors.none(), saved, headers, 200);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @RestForm String name, @RestForm String kind, @RestForm String ownerId, @Context HttpHeaders headers) {
        try {
            Team team = createTeam.create(CreateTeamCommand.of(name, kind, FormNumbers.parse(ownerId)));
            return Html.redirect("/admin/teams/" + team.id() + "?saved=true");
        } catch (InvalidInputException e) {
            TeamForm typed = new TeamForm(name, kind, ownerId, "");
            Locale locale = Language.of(headers);
            return listPage(null, false, 0, typed, FormErrors.of(e.errors(), locale), false, headers, 422);
        }
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") long id, @QueryParam("saved") boolean saved, @Context HttpHeaders headers) {
        TeamDetails details = getTeam.get(teamId(id));
        return editPage(details, TeamForm.of(details.team()), FormErrors.none(), saved, headers, 200);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("id") long id,
            @RestForm String name,
            @RestForm String kind,
            @RestForm String ownerId,
            @RestForm String version,
            @Context HttpHeaders headers) {
        try {
            editTeam.edit(EditTeamCommand.of(id, name, kind, FormNumbers.parse(ownerId), FormNumbers.parse(version)));
            return Html.redirect("/admin/teams/" + id + "?saved=true");
        } catch (InvalidInputException e) {
            TeamDetails details = getTeam.get(teamId(id));
            TeamForm typed = new TeamForm(name, kind, ownerId, version);
            return editPage(details, typed, FormErrors.of(e.errors(), Language.of(headers)), false, headers, 422);
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("id") long id, @RestForm String personId, @Context HttpHeaders headers) {
        try {
            addMember.addMember(TeamMembershipCommand.of(id, FormNumbers.parse(personId)));
            return Html.redirect("/admin/teams/" + id + "?saved=true");
        } catch (InvalidInputException e) {
            TeamDetails details = getTeam.get(teamId(id));
            return editPage(
                    details,
                    TeamForm.of(details.team()),
                    FormErrors.of(e.errors(), Language.of(headers)),
                    false,
                    headers,
                    422);
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/members/{personId}/remove")
    public Response removeMember(@PathParam("id") long id, @PathParam("personId") long personId) {
        removeMember.removeMember(TeamMembershipCommand.of(id, personId));
        return Html.redirect("/admin/teams/" + id + "?saved=true");
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") long id, @RestForm String version) {
        archiveTeam.archive(ArchiveTeamCommand.of(id, FormNumbers.parse(version)));
        return Html.redirect("/admin/teams/" + id + "?saved=true");
    }

    private Response listPage(
            String kind,
            boolean includeArchived,
            Integer page,
            TeamForm form,
            FormErrors errors,
            boolean saved,
            HttpHeaders headers,
            int status) {
        Page<TeamSummary> teams =
                listTeams.list(ListTeamsQuery.of(kind, includeArchived, page, PageRequest.DEFAULT_SIZE));
        String filter = kind == null ? "" : kind;
        return Response.status(status)
                .entity(Templates.list(teams, KINDS, filter, includeArchived, everyone(), form, errors, saved)
                        .data("nav", "teams"))
                .build();
    }

    private Response editPage(
            TeamDetails details, TeamForm form, FormErrors errors, boolean saved, HttpHeaders headers, int status) {
        List<Person> people = everyone();
        List<Person> candidates =
                people.stream().filter(p -> !details.team().hasMember(p.id())).toList();
        return Response.status(status)
                .entity(Templates.edit(details, KINDS, people, candidates, form, errors, saved)
                        .data("nav", "teams"))
                .build();
    }

    /** The people an owner or member is chosen from, by name; the largest page the application allows. */
    private List<Person> everyone() {
        return listPeople
                .list(ListPeopleQuery.of(null, 0, PageRequest.MAX_SIZE))
                .items();
    }

    private static TeamId teamId(long id) {
        if (id <= 0) {
            throw new dev.baton.application.shared.NotFoundException("team", id);
        }
        return new TeamId(id);
    }
}
