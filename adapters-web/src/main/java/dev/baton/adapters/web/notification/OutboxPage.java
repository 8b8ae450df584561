package dev.baton.adapters.web.notification;

import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.notification.outbox.ReadOutboxUseCase;
import dev.baton.application.shared.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The outbox for admins: every message Baton wrote, newest first, whether it went out and, if not, why. */
@Path("/admin/outbox")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class OutboxPage {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(OutboxView view);
    }

    private final ReadOutboxUseCase readOutbox;

    @Inject
    public OutboxPage(ReadOutboxUseCase readOutbox) {
        this.readOutbox = readOutbox;
    }

    @GET
    public TemplateInstance outbox(@QueryParam("page") Integer page) {
        int from = page == null || page < 0 ? 0 : page;
        return Templates.outbox(OutboxView.of(readOutbox.read(new PageRequest(from, PAGE_SIZE))))
                .data("nav", "outbox");
    }
}
