package dev.baton.adapters.web.funnel;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.FormNumbers;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.funnel.DefineFunnelUseCase;
import dev.baton.application.funnel.FunnelCommand;
import dev.baton.application.funnel.GetFunnelUseCase;
import dev.baton.application.funnel.ListFunnelsUseCase;
import dev.baton.application.funnel.StageInput;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.team.ListTeamsQuery;
import dev.baton.application.team.ListTeamsUseCase;
import dev.baton.application.team.TeamSummary;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The funnel editor: every funnel with its handoffs, a form to define one, and one funnel's edit page. */
@Path("/admin/funnels")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class FunnelsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                List<FunnelView> funnels, List<TeamSummary> teams, FunnelForm form, FormErrors errors, boolean saved);

        static native TemplateInstance edit(
                FunnelView funnel, List<TeamSummary> teams, FunnelForm form, FormErrors errors, boolean saved);
    }

    private final ListFunnelsUseCase listFunnels;
    private final GetFunnelUseCase getFunnel;
    private final DefineFunnelUseCase defineFunnel;
    private final ListTeamsUseCase listTeams;

    @Inject
    public FunnelsPage(
            ListFunnelsUseCase listFunnels,
            GetFunnelUseCase getFunnel,
            DefineFunnelUseCase defineFunnel,
            ListTeamsUseCase listTeams) {
        this.listFunnels = listFunnels;
        this.getFunnel = getFunnel;
        this.defineFunnel = defineFunnel;
        this.listTeams = listTeams;
    }

    @GET
    public Response list(@QueryParam("saved") boolean saved, @Context HttpHeaders headers) {
        return listPage(FunnelForm.empty(), FormErrors.none(), saved, headers, 200);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @RestForm String name,
            @RestForm("key") List<String> keys,
            @RestForm("stageName") List<String> names,
            @RestForm("team") List<String> teams,
            @Context HttpHeaders headers) {
        FunnelForm form = FunnelForm.typed(name, keys, names, teams, "");
        try {
            StoredFunnel funnel = defineFunnel.define(FunnelCommand.define(name, stages(form)));
            return Html.redirect("/admin/funnels/" + funnel.id() + "?saved=true");
        } catch (InvalidInputException e) {
            return listPage(form, FormErrors.of(e.errors(), Language.of(headers)), false, headers, 422);
        }
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") long id, @QueryParam("saved") boolean saved, @Context HttpHeaders headers) {
        StoredFunnel funnel = getFunnel.get(id);
        return editPage(funnel, FunnelForm.of(funnel), FormErrors.none(), saved, headers, 200);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("id") long id,
            @RestForm String name,
            @RestForm("key") List<String> keys,
            @RestForm("stageName") List<String> names,
            @RestForm("team") List<String> teams,
            @RestForm String version,
            @Context HttpHeaders headers) {
        FunnelForm form = FunnelForm.typed(name, keys, names, teams, version);
        try {
            defineFunnel.define(FunnelCommand.edit(id, name, stages(form), FormNumbers.parse(version)));
            return Html.redirect("/admin/funnels/" + id + "?saved=true");
        } catch (InvalidInputException e) {
            return editPage(
                    getFunnel.get(id), form, FormErrors.of(e.errors(), Language.of(headers)), false, headers, 422);
        }
    }

    private static List<StageInput> stages(FunnelForm form) {
        return form.filled().stream()
                .map(r -> new StageInput(r.key(), r.name(), FormNumbers.parse(r.team())))
                .toList();
    }

    private Response listPage(FunnelForm form, FormErrors errors, boolean saved, HttpHeaders headers, int status) {
        List<TeamSummary> teams = teams();
        Map<Long, String> names = names(teams);
        List<FunnelView> funnels =
                listFunnels.list().stream().map(f -> FunnelView.of(f, names)).toList();
        return Response.status(status)
                .entity(Templates.list(funnels, teams, form, errors, saved).data("nav", "funnels"))
                .build();
    }

    private Response editPage(
            StoredFunnel funnel, FunnelForm form, FormErrors errors, boolean saved, HttpHeaders headers, int status) {
        List<TeamSummary> teams = teams();
        return Response.status(status)
                .entity(Templates.edit(FunnelView.of(funnel, names(teams)), teams, form, errors, saved)
                        .data("nav", "funnels"))
                .build();
    }

    private List<TeamSummary> teams() {
        return listTeams
                .list(ListTeamsQuery.of(null, false, 0, PageRequest.MAX_SIZE))
                .items();
    }

    private static Map<Long, String> names(List<TeamSummary> teams) {
        Map<Long, String> names = new LinkedHashMap<>();
        teams.forEach(t -> names.put(t.team().id().value(), t.team().name().value()));
        return names;
    }
}
