package dev.baton.adapters.web.webhook;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.webhook.ClearWebhookCommand;
import dev.baton.application.webhook.ClearWebhookUseCase;
import dev.baton.application.webhook.GetWebhooksUseCase;
import dev.baton.application.webhook.SetWebhookCommand;
import dev.baton.application.webhook.SetWebhookUseCase;
import dev.baton.application.webhook.WebhookOverview;
import dev.baton.application.webhook.WebhookSetting;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The admin's chat webhooks: one form for the company's, one per active team, each saved or cleared on its own. A
 * refused URL comes back in its field with the message beside it; a webhook changed in between is shown as stored now,
 * with what was typed kept.
 */
@Path("/admin/notifications")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class WebhooksPage {

    /**
     * One webhook's form: {@code key} names its fields ({@code company}, {@code team-7}), {@code team} its label (empty
     * for the company), {@code url} what the field shows, {@code version} the stored version ("" when none is set).
     */
    public record Row(
            String key,
            String action,
            String team,
            String url,
            String version,
            boolean set,
            String error,
            boolean stale) {}

    /** What was posted to one row and why it came back, for the page to show in that row only. */
    private record Posted(String key, String url, String error, boolean stale) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhooks(List<Row> rows, boolean saved, boolean cleared, boolean failed);
    }

    private final GetWebhooksUseCase getWebhooks;
    private final SetWebhookUseCase setWebhook;
    private final ClearWebhookUseCase clearWebhook;

    @Inject
    public WebhooksPage(
            GetWebhooksUseCase getWebhooks, SetWebhookUseCase setWebhook, ClearWebhookUseCase clearWebhook) {
        this.getWebhooks = getWebhooks;
        this.setWebhook = setWebhook;
        this.clearWebhook = clearWebhook;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") boolean saved, @QueryParam("cleared") boolean cleared) {
        return page(Optional.empty(), saved, cleared);
    }

    @POST
    @Path("/company")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setCompany(@RestForm String url, @RestForm String version, @Context HttpHeaders headers) {
        return saved("company", url, headers, () -> setWebhook.set(SetWebhookCommand.company(url, number(version))));
    }

    @POST
    @Path("/company/clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clearCompany(@RestForm String version, @Context HttpHeaders headers) {
        return cleared("company", headers, () -> clearWebhook.clear(ClearWebhookCommand.company(number(version))));
    }

    @POST
    @Path("/teams/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setTeam(
            @PathParam("id") long id, @RestForm String url, @RestForm String version, @Context HttpHeaders headers) {
        return saved(
                "team-" + id, url, headers, () -> setWebhook.set(SetWebhookCommand.team(id, url, number(version))));
    }

    @POST
    @Path("/teams/{id}/clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clearTeam(@PathParam("id") long id, @RestForm String version, @Context HttpHeaders headers) {
        return cleared("team-" + id, headers, () -> clearWebhook.clear(ClearWebhookCommand.team(id, number(version))));
    }

    private Response saved(String key, String url, HttpHeaders headers, Supplier<WebhookSetting> save) {
        String typed = url == null ? "" : url;
        try {
            save.get();
            return Html.redirect("/admin/notifications?saved=true");
        } catch (InvalidInputException e) {
            String message = FormErrors.of(e.errors(), Language.of(headers)).get("url");
            return Response.status(422)
                    .entity(page(Optional.of(new Posted(key, typed, message, false)), false, false))
                    .build();
        } catch (ConcurrentEditException e) {
            return Response.status(409)
                    .entity(page(Optional.of(new Posted(key, typed, "", true)), false, false))
                    .build();
        }
    }

    private Response cleared(String key, HttpHeaders headers, Runnable clear) {
        try {
            clear.run();
            return Html.redirect("/admin/notifications?cleared=true");
        } catch (InvalidInputException e) {
            String message = FormErrors.of(e.errors(), Language.of(headers)).get("version");
            return Response.status(422)
                    .entity(page(Optional.of(new Posted(key, null, message, false)), false, false))
                    .build();
        } catch (ConcurrentEditException e) {
            return Response.status(409)
                    .entity(page(Optional.of(new Posted(key, null, "", true)), false, false))
                    .build();
        }
    }

    private TemplateInstance page(Optional<Posted> posted, boolean saved, boolean cleared) {
        WebhookOverview overview = getWebhooks.overview();
        List<Row> rows = new ArrayList<>();
        rows.add(row("company", "/admin/notifications/company", "", overview.company(), posted));
        for (WebhookOverview.TeamWebhook team : overview.teams()) {
            rows.add(row(
                    "team-" + team.team().value(),
                    "/admin/notifications/teams/" + team.team().value(),
                    team.teamName(),
                    team.webhook(),
                    posted));
        }
        return Templates.webhooks(rows, saved, cleared, posted.isPresent()).data("nav", "notifications");
    }

    private static Row row(
            String key, String action, String team, Optional<WebhookSetting> stored, Optional<Posted> posted) {
        Optional<Posted> mine = posted.filter(p -> p.key().equals(key));
        String url = mine.map(Posted::url)
                .filter(u -> u != null)
                .orElse(stored.map(WebhookSetting::url).orElse(""));
        return new Row(
                key,
                action,
                team,
                url,
                stored.map(s -> Long.toString(s.version())).orElse(""),
                stored.isPresent(),
                mine.map(Posted::error).orElse(""),
                mine.map(Posted::stale).orElse(false));
    }

    private static Long number(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
