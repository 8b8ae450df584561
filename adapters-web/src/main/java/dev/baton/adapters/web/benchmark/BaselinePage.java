package dev.baton.adapters.web.benchmark;

import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.benchmark.Fortune;
import dev.baton.application.benchmark.ListFortunesUseCase;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The benchmark baseline page, served only in the {@code bench} profile: the scorecard's throughput is reported as a
 * ratio to this page's, measured in the same run on the same machine.
 */
@Path("/bench/fortunes")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
public class BaselinePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fortunes(List<Fortune> fortunes);
    }

    private final ListFortunesUseCase fortunes;
    private final boolean enabled;

    @Inject
    public BaselinePage(
            ListFortunesUseCase fortunes,
            @ConfigProperty(name = "baton.benchmark-endpoints", defaultValue = "false") boolean enabled) {
        this.fortunes = fortunes;
        this.enabled = enabled;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance fortunes() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return Templates.fortunes(fortunes.list());
    }
}
