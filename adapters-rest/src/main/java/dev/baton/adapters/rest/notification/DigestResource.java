package dev.baton.adapters.rest.notification;

import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.digest.RunDigestUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The weekly digest on demand: what the Monday schedule does, run now by an admin. Each person gets one digest a week
 * however often it runs.
 */
@Path("/api/notifications/digest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The weekly digest, alerts and the outbox they are kept in")
public class DigestResource {

    private final RunDigestUseCase digest;

    @Inject
    public DigestResource(RunDigestUseCase digest) {
        this.digest = digest;
    }

    @Operation(
            operationId = "runDigest",
            summary = "Write this week's digest to the outbox for everyone who has not had it yet")
    @APIResponse(
            responseCode = "200",
            description = "How many digests were written",
            content = @Content(schema = @Schema(implementation = DigestRunResponse.class)))
    @RolesAllowed(Roles.ADMIN)
    @POST
    public DigestRunResponse run() {
        return DigestRunResponse.of(digest.run());
    }
}
