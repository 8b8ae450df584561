package dev.baton.adapters.web.audit;

import dev.baton.adapters.web.shared.FormNumbers;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.audit.AuditQuery;
import dev.baton.application.audit.ReadAuditTrailUseCase;
import dev.baton.application.audit.RecordedChange;
import dev.baton.application.shared.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The audit trail, newest first, filtered by what changed, which team and who changed it. */
@Path("/audit")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trail(
                Page<RecordedChange> entries, List<String> entityTypes, String entity, String team, String actor);
    }

    /** What the trail records changes of, for the filter. */
    private static final List<String> ENTITY_TYPES =
            List.of("team", "person", "user-account", "metric", "funnel", "target", "measure");

    private final ReadAuditTrailUseCase readTrail;

    @Inject
    public AuditPage(ReadAuditTrailUseCase readTrail) {
        this.readTrail = readTrail;
    }

    @GET
    public TemplateInstance trail(
            @QueryParam("entity") String entity,
            @QueryParam("team") String team,
            @QueryParam("actor") String actor,
            @QueryParam("page") Integer page) {
        Page<RecordedChange> entries =
                readTrail.read(AuditQuery.of(entity, null, FormNumbers.parse(team), actor, null, page, 50));
        return Templates.trail(entries, ENTITY_TYPES, orEmpty(entity), orEmpty(team), orEmpty(actor))
                .data("nav", "audit");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
