package dev.baton.adapters.web.notification;

import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.digest.RunDigestUseCase;
import dev.baton.application.notification.outbox.ReadOutboxUseCase;
import dev.baton.application.shared.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The outbox for admins: every message Baton wrote, newest first, whether it went out and, if not, why. */
@Path("/admin/outbox")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class OutboxPage {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(OutboxView view, Integer digestWritten);
    }

    private final ReadOutboxUseCase readOutbox;
    private final RunDigestUseCase runDigest;

    @Inject
    public OutboxPage(ReadOutboxUseCase readOutbox, RunDigestUseCase runDigest) {
        this.readOutbox = readOutbox;
        this.runDigest = runDigest;
    }

    @GET
    public TemplateInstance outbox(@QueryParam("page") Integer page, @QueryParam("digest") Integer written) {
        int from = page == null || page < 0 ? 0 : page;
        return Templates.outbox(
                        OutboxView.of(readOutbox.read(new PageRequest(from, PAGE_SIZE))),
                        written == null || written < 0 ? null : written)
                .data("nav", "outbox");
    }

    /** Runs the weekly digest now; the page then says how many were written (none for those who had this week's). */
    @POST
    @Path("/digest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response runDigest() {
        return Html.redirect("/admin/outbox?digest=" + runDigest.run().written());
    }
}
