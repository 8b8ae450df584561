package dev.baton.adapters.rest.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.adapters.rest.shared.PageResponse;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.audit.AuditQuery;
import dev.baton.application.audit.ReadAuditTrailUseCase;
import dev.baton.application.audit.RecordedChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every change: who, when, what, before and after")
public class AuditResource {

    private final ReadAuditTrailUseCase readTrail;
    private final ObjectMapper json;

    @Inject
    public AuditResource(ReadAuditTrailUseCase readTrail, ObjectMapper json) {
        this.readTrail = readTrail;
        this.json = json;
    }

    public record AuditEntryResponse(
            long id,
            Instant at,
            String actor,
            String entity,
            String entityId,
            String action,
            @Schema(type = SchemaType.OBJECT, description = "The entity before the change; absent for a creation")
                    JsonNode before,
            @Schema(type = SchemaType.OBJECT, description = "The entity after the change") JsonNode after,
            Long team) {}

    @Operation(operationId = "listAuditEntries", summary = "Read the audit trail")
    @GET
    public PageResponse<AuditEntryResponse> list(
            @QueryParam("entity") String entity,
            @QueryParam("entityId") String entityId,
            @QueryParam("team") Long team,
            @QueryParam("actor") String actor,
            @QueryParam("period") String period,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageResponse.of(
                readTrail.read(AuditQuery.of(entity, entityId, team, actor, period, page, size)), this::toResponse);
    }

    private AuditEntryResponse toResponse(RecordedChange change) {
        return new AuditEntryResponse(
                change.id(),
                change.at(),
                change.actor(),
                change.entityType(),
                change.entityId(),
                change.action(),
                parse(change.before()),
                parse(change.after()),
                change.teamId());
    }

    private JsonNode parse(String stored) {
        try {
            return json.readTree(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
