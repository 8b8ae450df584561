package dev.baton.adapters.web.planning;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.planning.AdoptWaterfallUseCase;
import dev.baton.application.planning.AdoptionOutcome;
import dev.baton.application.planning.OpenPlannerUseCase;
import dev.baton.application.planning.PlannerDesk;
import dev.baton.application.planning.WaterfallRequest;
import dev.baton.application.shared.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/**
 * The plan page: pick a funnel, a period and a goal, see each stage's required entries on the funnel, the proposed
 * targets per team and the score before and after, and adopt them. Planning is a GET, so a plan is a link.
 */
@Path("/plan")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class PlanPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(PlanView view);
    }

    private final OpenPlannerUseCase planner;
    private final AdoptWaterfallUseCase adopt;

    @Inject
    public PlanPage(OpenPlannerUseCase planner, AdoptWaterfallUseCase adopt) {
        this.planner = planner;
        this.adopt = adopt;
    }

    @GET
    public Response show(@Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext security) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        PlanForm form = PlanForm.of(query);
        WaterfallRequest request =
                form.asked() ? form.request() : new WaterfallRequest(null, null, null, null, null, null, null);
        PlannerDesk desk = planner.open(request);
        Locale locale = Language.of(headers);
        FormErrors errors = FormErrors.of(desk.errors(), locale);
        PlanView.Adopted adopted = query.containsKey("adopted")
                ? new PlanView.Adopted(
                        true,
                        count(query.getFirst("adopted")),
                        count(query.getFirst("skipped")),
                        count(query.getFirst("proposed")))
                : new PlanView.Adopted(false, 0, 0, 0);
        boolean mayAdopt = security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.TEAM_LEAD);
        PlanView view = PlanViews.of(desk, form, errors, mayAdopt, adopted, locale);
        return Response.status(errors.any() ? 422 : 200)
                .entity(Templates.plan(view).data("nav", "plan"))
                .build();
    }

    /** Adopts the plan as typed; a refused one opens the page again with its fields, which shows why. */
    @POST
    @Path("/adopt")
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response adopt(MultivaluedMap<String, String> fields) {
        PlanForm form = PlanForm.of(fields);
        try {
            AdoptionOutcome outcome = adopt.adopt(form.request());
            return Html.redirect(
                    "/plan?" + form.query() + "&adopted=" + outcome.written().size() + "&skipped="
                            + outcome.notWritten().size() + "&proposed="
                            + outcome.proposed().size());
        } catch (InvalidInputException e) {
            return Html.redirect("/plan?" + form.query());
        }
    }

    private static int count(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
