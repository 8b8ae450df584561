package dev.baton.adapters.rest.crm;

import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.measure.CrmFile;
import dev.baton.application.measure.ImportCrmDealsCommand;
import dev.baton.application.measure.ImportCrmDealsUseCase;
import dev.baton.application.measure.MeasureFileText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Derives a funnel's monthly measures from a HubSpot deals export or a Salesforce opportunities report (with its
 * Opportunity History report, sent as multipart). CSV or XLSX, told apart by content. {@code mode=preview} answers
 * what would be written; {@code mode=commit} writes it all or nothing (422 naming row and column when a row does not
 * read).
 */
@Path("/api/measures/import/crm")
@RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "Raw numbers recorded per period, CSV import and export")
public class CrmImportResource {

    private final ImportCrmDealsUseCase importDeals;

    @Inject
    public CrmImportResource(ImportCrmDealsUseCase importDeals) {
        this.importDeals = importDeals;
    }

    @Operation(operationId = "importCrmFile", summary = "Derive a funnel's measures from one CRM export file")
    @APIResponse(responseCode = "200", description = "The months derived beside the stored values")
    @APIResponse(responseCode = "422", description = "No mapping, a missing column, or a row that does not read")
    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    public CrmImportResponse importFile(
            @QueryParam("source") String source,
            @QueryParam("funnel") String funnel,
            @QueryParam("mode") String mode,
            byte[] body,
            @Context HttpHeaders headers) {
        String declared = MeasureFileText.charsetOf(headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
        CrmFile file = new CrmFile(fileName(headers.getHeaderString("Content-Disposition")), body, declared);
        return CrmImportResponse.of(
                importDeals.importDeals(ImportCrmDealsCommand.of(source, funnel, mode, file, Optional.empty())));
    }

    @Operation(
            operationId = "importCrmFiles",
            summary = "Derive a funnel's measures from a Salesforce opportunities report and its history report")
    @APIResponse(responseCode = "200", description = "The months derived beside the stored values")
    @APIResponse(responseCode = "422", description = "No mapping, a missing column, or a row that does not read")
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public CrmImportResponse importFiles(
            @QueryParam("source") String source,
            @QueryParam("funnel") String funnel,
            @QueryParam("mode") String mode,
            @RestForm("file") FileUpload file,
            @RestForm("history") FileUpload history) {
        return CrmImportResponse.of(importDeals.importDeals(
                ImportCrmDealsCommand.of(source, funnel, mode, crmFile(file), Optional.ofNullable(crmFile(history)))));
    }

    static CrmFile crmFile(FileUpload upload) {
        if (upload == null) {
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

    /** The file name of a {@code Content-Disposition: attachment; filename="deals.csv"} header, if sent. */
    static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        for (String part : disposition.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("filename")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }
}
