package dev.baton.adapters.rest.preference;

import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.preference.GetPreferencesUseCase;
import dev.baton.application.preference.SetPreferencesCommand;
import dev.baton.application.preference.SetPreferencesUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notification preferences: the language of their pages and mail, and the weekly digest. */
@Path("/api/me/preferences")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences", description = "Your own language and weekly digest choice")
public class PreferencesResource {

    private final GetPreferencesUseCase getPreferences;
    private final SetPreferencesUseCase setPreferences;

    @Inject
    public PreferencesResource(GetPreferencesUseCase getPreferences, SetPreferencesUseCase setPreferences) {
        this.getPreferences = getPreferences;
        this.setPreferences = setPreferences;
    }

    @Operation(operationId = "getMyPreferences", summary = "Read your language and digest choice")
    @GET
    public PreferencesResponse get() {
        return PreferencesResponse.of(getPreferences.mine());
    }

    @Operation(operationId = "setMyPreferences", summary = "Set your language and digest choice")
    @APIResponse(
            responseCode = "200",
            description = "Your preferences as stored",
            content = @Content(schema = @Schema(implementation = PreferencesResponse.class)))
    @APIResponse(responseCode = "409", description = "Your person changed since the version sent was read")
    @PUT
    public PreferencesResponse set(PreferencesRequest request) {
        PreferencesRequest body = Bodies.required(request);
        return PreferencesResponse.of(
                setPreferences.set(SetPreferencesCommand.of(body.language(), body.digest(), body.version())));
    }
}
