package dev.baton.adapters.rest.person;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.PageResponse;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.person.CreatePersonCommand;
import dev.baton.application.person.CreatePersonUseCase;
import dev.baton.application.person.EditPersonCommand;
import dev.baton.application.person.EditPersonUseCase;
import dev.baton.application.person.GetPersonUseCase;
import dev.baton.application.person.ListPeopleQuery;
import dev.baton.application.person.ListPeopleUseCase;
import dev.baton.application.signin.GrantSignInCommand;
import dev.baton.application.signin.GrantSignInUseCase;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/people")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "The people who use Baton and their roles")
public class PersonResource {

    private final CreatePersonUseCase createPerson;
    private final EditPersonUseCase editPerson;
    private final ListPeopleUseCase listPeople;
    private final GetPersonUseCase getPerson;
    private final GrantSignInUseCase grantSignIn;

    @Inject
    public PersonResource(
            CreatePersonUseCase createPerson,
            EditPersonUseCase editPerson,
            ListPeopleUseCase listPeople,
            GetPersonUseCase getPerson,
            GrantSignInUseCase grantSignIn) {
        this.grantSignIn = grantSignIn;
        this.createPerson = createPerson;
        this.editPerson = editPerson;
        this.listPeople = listPeople;
        this.getPerson = getPerson;
    }

    @Operation(operationId = "listPeople", summary = "List the people")
    @GET
    public PageResponse<PersonResponse> list(
            @QueryParam("search") String search, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageResponse.of(listPeople.list(ListPeopleQuery.of(search, page, size)), PersonResponse::of);
    }

    @Operation(operationId = "getPerson", summary = "Read one person")
    @GET
    @Path("/{id}")
    public PersonResponse get(@PathParam("id") long id) {
        return PersonResponse.of(getPerson.get(PersonIds.of(id)));
    }

    @Operation(operationId = "createPerson", summary = "Add a person")
    @APIResponse(
            responseCode = "201",
            description = "The person as stored",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @RolesAllowed(Roles.ADMIN)
    @POST
    public Response create(PersonRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        PersonRequest body = Bodies.required(request);
        Person person = createPerson.create(CreatePersonCommand.of(body.name(), body.email(), body.roles()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(person.id().value()))
                        .build())
                .entity(PersonResponse.of(person))
                .build();
    }

    @Operation(operationId = "editPerson", summary = "Change a person's name, email or roles")
    @APIResponse(
            responseCode = "200",
            description = "The person as stored",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "409", description = "The person changed since the version sent was read")
    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    public PersonResponse edit(@PathParam("id") long id, PersonRequest request) {
        PersonRequest body = Bodies.required(request);
        return PersonResponse.of(
                editPerson.edit(EditPersonCommand.of(id, body.name(), body.email(), body.roles(), body.version())));
    }

    /** Gives the person a sign-in with this username and password, or sets a new password. */
    @Operation(operationId = "grantSignIn", summary = "Give a person a sign-in, or a new password")
    @APIResponse(responseCode = "204", description = "The sign-in is set")
    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}/account")
    public Response grantSignIn(@PathParam("id") long id, AccountRequest request) {
        AccountRequest body = Bodies.required(request);
        grantSignIn.grant(GrantSignInCommand.of(id, body.username(), body.password()));
        return Response.noContent().build();
    }

    /** Ids in a path that cannot exist are simply not found. */
    static final class PersonIds {
        private PersonIds() {}

        static PersonId of(long id) {
            if (id <= 0) {
                throw new dev.baton.application.shared.NotFoundException("person", id);
            }
            return new PersonId(id);
        }
    }
}
