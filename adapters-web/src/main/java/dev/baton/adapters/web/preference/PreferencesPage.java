package dev.baton.adapters.web.preference;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.LanguageResource;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.preference.GetPreferencesUseCase;
import dev.baton.application.preference.Preferences;
import dev.baton.application.preference.SetPreferencesCommand;
import dev.baton.application.preference.SetPreferencesUseCase;
import dev.baton.application.shared.ConcurrentEditException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The signed-in person's own preferences: the language of their pages and mail, and the weekly digest. Saving makes the
 * stored language the page language at once (it ends the language switch's choice for the session).
 */
@Path("/account/preferences")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class PreferencesPage {

    /** What the form shows: the choice (as typed, after an error), the version it goes on against. */
    public record PreferencesForm(String language, boolean digest, long version) {

        static PreferencesForm of(Preferences stored) {
            return new PreferencesForm(stored.language().tag(), stored.digest(), stored.version());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(
                PreferencesForm form, FormErrors errors, boolean saved, boolean stale);
    }

    private final GetPreferencesUseCase getPreferences;
    private final SetPreferencesUseCase setPreferences;

    @Inject
    public PreferencesPage(GetPreferencesUseCase getPreferences, SetPreferencesUseCase setPreferences) {
        this.getPreferences = getPreferences;
        this.setPreferences = setPreferences;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") boolean saved) {
        return page(PreferencesForm.of(getPreferences.mine()), FormErrors.none(), saved, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestForm String language,
            @RestForm String digest,
            @RestForm String version,
            @Context HttpHeaders headers) {
        boolean wanted = digest != null && !digest.isBlank();
        try {
            Preferences stored = setPreferences.set(SetPreferencesCommand.of(language, wanted, number(version)));
            return Response.seeOther(URI.create("/account/preferences?saved=true"))
                    .cookie(
                            LanguageResource.sessionChoiceEnded(),
                            LanguageResource.remembered(stored.language().tag()))
                    .build();
        } catch (InvalidInputException e) {
            PreferencesForm typed = new PreferencesForm(
                    language == null ? "" : language, wanted, number(version) == null ? 0 : number(version));
            return Response.status(422)
                    .entity(page(typed, FormErrors.of(e.errors(), Language.of(headers)), false, false))
                    .build();
        } catch (ConcurrentEditException e) {
            // Show what is stored now, at its version, so the next save goes on against it.
            return Response.status(409)
                    .entity(page(PreferencesForm.of(getPreferences.mine()), FormErrors.none(), false, true))
                    .build();
        }
    }

    private static TemplateInstance page(PreferencesForm form, FormErrors errors, boolean saved, boolean stale) {
        return Templates.preferences(form, errors, saved, stale).data("nav", "preferences");
    }

    private static Long number(String raw) {
        try {
            return raw == null ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
