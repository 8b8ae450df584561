package dev.baton.adapters.web.person;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.FormNumbers;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.person.CreatePersonCommand;
import dev.baton.application.person.CreatePersonUseCase;
import dev.baton.application.person.EditPersonCommand;
import dev.baton.application.person.EditPersonUseCase;
import dev.baton.application.person.GetPersonUseCase;
import dev.baton.application.person.ListPeopleQuery;
import dev.baton.application.person.ListPeopleUseCase;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.signin.GrantSignInCommand;
import dev.baton.application.signin.GrantSignInUseCase;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
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
import org.jboss.resteasy.reactive.RestForm;

/** The admin's pages for people: the list with a create form, and one person's edit page. */
@Path("/admin/people")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class PeoplePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                Page<Person> people,
                String search,
                List<String> roles,
                PersonForm form,
                FormErrors errors,
                boolean saved);

        static native TemplateInstance edit(
                Person person,
                List<String> roles,
                PersonForm form,
                FormErrors errors,
                boolean saved,
                String accountUsername,
                FormErrors accountErrors);
    }

    private static final List<String> ROLES =
            Arrays.stream(Role.values()).map(Enum::name).toList();

    private final ListPeopleUseCase listPeople;
    private final GetPersonUseCase getPerson;
    private final CreatePersonUseCase createPerson;
    private final EditPersonUseCase editPerson;
    private final GrantSignInUseCase grantSignIn;

    @Inject
    public PeoplePage(
            ListPeopleUseCase listPeople,
            GetPersonUseCase getPerson,
            CreatePersonUseCase createPerson,
            EditPersonUseCase editPerson,
            GrantSignInUseCase grantSignIn) {
        this.grantSignIn = grantSignIn;
        this.listPeople = listPeople;
        this.getPerson = getPerson;
        this.createPerson = createPerson;
        this.editPerson = editPerson;
    }

    @GET
    public Response list(
            @QueryParam("search") String search,
            @QueryParam("page") Integer page,
            @QueryParam("saved") boolean saved,
            @Context HttpHeaders headers) {
        return listPage(search, page, PersonForm.empty(), FormErrors.none(), saved, headers, 200);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @RestForm String name, @RestForm String email, @RestForm List<String> roles, @Context HttpHeaders headers) {
        try {
            Person person = createPerson.create(CreatePersonCommand.of(name, email, roles));
            return Html.redirect("/admin/people/" + person.id() + "?saved=true");
        } catch (InvalidInputException e) {
            PersonForm typed = new PersonForm("", name, email, roles, "");
            return listPage(null, 0, typed, FormErrors.of(e.errors(), Language.of(headers)), false, headers, 422);
        }
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") long id, @QueryParam("saved") boolean saved, @Context HttpHeaders headers) {
        Person person = getPerson.get(personId(id));
        return Response.ok(Templates.edit(
                                person, ROLES, PersonForm.of(person), FormErrors.none(), saved, "", FormErrors.none())
                        .data("nav", "people"))
                .build();
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("id") long id,
            @RestForm String name,
            @RestForm String email,
            @RestForm List<String> roles,
            @RestForm String version,
            @Context HttpHeaders headers) {
        try {
            editPerson.edit(EditPersonCommand.of(id, name, email, roles, FormNumbers.parse(version)));
            return Html.redirect("/admin/people/" + id + "?saved=true");
        } catch (InvalidInputException e) {
            Person person = getPerson.get(personId(id));
            PersonForm typed = new PersonForm(Long.toString(id), name, email, roles, version);
            return Response.status(422)
                    .entity(Templates.edit(
                                    person,
                                    ROLES,
                                    typed,
                                    FormErrors.of(e.errors(), Language.of(headers)),
                                    false,
                                    "",
                                    FormErrors.none())
                            .data("nav", "people"))
                    .build();
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/account")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grantSignIn(
            @PathParam("id") long id,
            @RestForm String username,
            @RestForm String password,
            @Context HttpHeaders headers) {
        try {
            grantSignIn.grant(GrantSignInCommand.of(id, username, password));
            return Html.redirect("/admin/people/" + id + "?saved=true");
        } catch (InvalidInputException e) {
            Person person = getPerson.get(personId(id));
            return Response.status(422)
                    .entity(Templates.edit(
                                    person,
                                    ROLES,
                                    PersonForm.of(person),
                                    FormErrors.none(),
                                    false,
                                    username,
                                    FormErrors.of(e.errors(), Language.of(headers)))
                            .data("nav", "people"))
                    .build();
        }
    }

    private Response listPage(
            String search,
            Integer page,
            PersonForm form,
            FormErrors errors,
            boolean saved,
            HttpHeaders headers,
            int status) {
        Page<Person> people = listPeople.list(ListPeopleQuery.of(search, page, PageRequest.DEFAULT_SIZE));
        return Response.status(status)
                .entity(Templates.list(people, search == null ? "" : search, ROLES, form, errors, saved)
                        .data("nav", "people"))
                .build();
    }

    private static PersonId personId(long id) {
        if (id <= 0) {
            throw new NotFoundException("person", id);
        }
        return new PersonId(id);
    }
}
