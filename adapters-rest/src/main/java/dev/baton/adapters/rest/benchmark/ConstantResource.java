package dev.baton.adapters.rest.benchmark;

import dev.baton.adapters.rest.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The API's benchmark baseline, served only in the {@code bench} profile: a constant JSON answer behind the same
 * sign-in as every other endpoint, so the API's figures are ratios to the cost of the stack alone.
 */
@Path("/api/bench/constant")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
public class ConstantResource {

    public record Message(String message) {}

    private static final Message HELLO = new Message("Hello, World!");

    private final boolean enabled;

    @Inject
    public ConstantResource(
            @ConfigProperty(name = "baton.benchmark-endpoints", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Message constant() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return HELLO;
    }
}
