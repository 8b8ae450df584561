package dev.baton.adapters.web.crm;

import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.funnel.ListFunnelsUseCase;
import dev.baton.application.measure.CrmFile;
import dev.baton.application.measure.ImportCrmDealsCommand;
import dev.baton.application.measure.ImportCrmDealsUseCase;
import dev.baton.application.measure.MeasureFileText;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The CRM import at /measures/import/crm: preview a HubSpot or Salesforce export, then import it. */
@Path("/measures/import/crm")
@RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class CrmImportPage {

    /** What the form holds: the funnels to choose from and what was chosen. */
    public record Choice(List<FunnelOption> funnels, long funnel, String source) {}

    public record FunnelOption(long id, String name) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Choice choice, Optional<CrmImportView> result, List<String> problems);
    }

    private final ListFunnelsUseCase listFunnels;
    private final ImportCrmDealsUseCase importDeals;

    @Inject
    public CrmImportPage(ListFunnelsUseCase listFunnels, ImportCrmDealsUseCase importDeals) {
        this.listFunnels = listFunnels;
        this.importDeals = importDeals;
    }

    @GET
    public TemplateInstance upload(@QueryParam("funnel") long funnel) {
        return Templates.upload(choice(funnel, "hubspot"), Optional.empty(), List.of())
                .data("nav", "measures");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(
            @RestForm("source") String source,
            @RestForm("funnel") String funnel,
            @RestForm("mode") String mode,
            @RestForm("file") FileUpload file,
            @RestForm("history") FileUpload history,
            @Context HttpHeaders headers) {
        return page(source, funnel, mode, crmFile(file), crmFile(history), headers);
    }

    /** The form sent without a file (a browser sends no multipart body when nothing was chosen): say so. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importNothing(
            @RestForm("source") String source,
            @RestForm("funnel") String funnel,
            @RestForm("mode") String mode,
            @Context HttpHeaders headers) {
        return page(source, funnel, mode, null, null, headers);
    }

    private Response page(
            String source, String funnel, String mode, CrmFile file, CrmFile history, HttpHeaders headers) {
        Choice choice = choice(parse(funnel), source);
        try {
            CrmImportView view = CrmImportView.of(importDeals.importDeals(
                    ImportCrmDealsCommand.of(source, funnel, mode, file, Optional.ofNullable(history))));
            return Response.ok(Templates.upload(choice, Optional.of(view), List.of())
                            .data("nav", "measures"))
                    .build();
        } catch (InvalidInputException e) {
            Locale locale = Language.of(headers);
            List<String> problems =
                    e.errors().stream().map(error -> error.message().in(locale)).toList();
            return Response.status(422)
                    .entity(Templates.upload(choice, Optional.empty(), problems).data("nav", "measures"))
                    .build();
        }
    }

    private Choice choice(long funnel, String source) {
        List<FunnelOption> funnels = listFunnels.list().stream()
                .map(f -> new FunnelOption(f.id(), f.funnel().name()))
                .toList();
        return new Choice(funnels, funnel, source == null ? "hubspot" : source);
    }

    private static long parse(String funnel) {
        try {
            return funnel == null ? 0 : Long.parseLong(funnel.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static CrmFile crmFile(FileUpload upload) {
        if (upload == null || upload.size() == 0) {
            return null;
        }
        try {
            return new CrmFile(
                    upload.fileName(),
                    Files.readAllBytes(upload.uploadedFile()),
                    MeasureFileText.charsetOf(upload.contentType()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
