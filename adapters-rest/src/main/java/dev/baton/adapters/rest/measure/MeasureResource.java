package dev.baton.adapters.rest.measure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.adapters.rest.shared.Bodies;
import dev.baton.adapters.rest.shared.Problem;
import dev.baton.adapters.rest.shared.Roles;
import dev.baton.application.measure.ExportMeasuresQuery;
import dev.baton.application.measure.ExportMeasuresUseCase;
import dev.baton.application.measure.GetPeriodMeasuresUseCase;
import dev.baton.application.measure.ImportMeasuresCommand;
import dev.baton.application.measure.ImportMeasuresUseCase;
import dev.baton.application.measure.ImportReport;
import dev.baton.application.measure.MeasureCsv;
import dev.baton.application.measure.MeasureFileText;
import dev.baton.application.measure.PeriodMeasuresQuery;
import dev.baton.application.measure.RecordMeasuresCommand;
import dev.baton.application.measure.RecordMeasuresUseCase;
import dev.baton.application.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/measures")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "Raw numbers recorded per period, CSV import and export")
public class MeasureResource {

    private final RecordMeasuresUseCase recordMeasures;
    private final GetPeriodMeasuresUseCase getMeasures;
    private final ImportMeasuresUseCase importMeasures;
    private final ExportMeasuresUseCase exportMeasures;

    @Inject
    public MeasureResource(
            RecordMeasuresUseCase recordMeasures,
            GetPeriodMeasuresUseCase getMeasures,
            ImportMeasuresUseCase importMeasures,
            ExportMeasuresUseCase exportMeasures) {
        this.recordMeasures = recordMeasures;
        this.getMeasures = getMeasures;
        this.importMeasures = importMeasures;
        this.exportMeasures = exportMeasures;
    }

    @Operation(operationId = "getMeasures", summary = "Read a period's measures")
    @GET
    @Path("/{period}")
    @APIResponse(
            responseCode = "200",
            description = "The sheet's values; the ETag header holds its version",
            content = @Content(schema = @Schema(implementation = MeasuresResponse.class)))
    public Response get(@PathParam("period") String period, @QueryParam("funnel") String funnel) {
        return withTag(MeasuresResponse.of(getMeasures.get(PeriodMeasuresQuery.of(period, funnel))));
    }

    /**
     * Records {@code {"revenue": 1800000, "orders": 360, "entered:mql": 1200}} for the period. The body is read as a
     * tree so that {@code "abc"} or {@code -5} is refused under its key with a 422, not by Jackson with a 400.
     *
     * <p>{@code If-Match} carries the version (the ETag of the GET) the values were entered against; without it the
     * period is expected to hold nothing yet. A sheet recorded by someone else since answers 409, and nothing is
     * written.
     */
    @Operation(operationId = "recordMeasures", summary = "Record a period's measures")
    @RequestBody(
            required = true,
            description = "Measure keys and their numbers, e.g. {\"revenue\": 1800000, \"entered:mql\": 1200}",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, additionalProperties = BigDecimal.class)))
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @PUT
    @Path("/{period}")
    @APIResponse(
            responseCode = "200",
            description = "Every value the sheet holds afterwards; the ETag header holds its new version",
            content = @Content(schema = @Schema(implementation = MeasuresResponse.class)))
    @APIResponse(responseCode = "409", description = "The sheet was recorded by someone else since it was read")
    public Response record(
            @PathParam("period") String period,
            @QueryParam("funnel") String funnel,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        JsonNode values = Bodies.required(body);
        if (!values.isObject()) {
            throw InvalidInputException.of("body", "field.SEND_OBJECT_MEASURE_KEYS");
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            raw.put(field.getKey(), raw(field.getValue()));
        }
        return withTag(MeasuresResponse.of(
                recordMeasures.record(RecordMeasuresCommand.of(period, funnel, version(ifMatch), raw))));
    }

    private static Response withTag(MeasuresResponse measures) {
        return Response.ok(measures).header(HttpHeaders.ETAG, measures.etag()).build();
    }

    /** The version inside an entity tag ({@code "3"} or {@code W/"3"}); anything else is left for the command to refuse. */
    private static String version(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return tag;
    }

    private static Object raw(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return node.isContainerNode() ? node.toString() : node.asText();
    }

    /**
     * Checks ({@code mode=preview}) or writes ({@code mode=commit}) a CSV file with the header
     * {@code period,measure,value[,funnel]}. A commit writes every row in one transaction, or nothing when any row has
     * an error (422 with the same list of errors). The body is read as bytes: a charset in the {@code Content-Type} is
     * honoured; without one the file is UTF-8, UTF-16 with a byte-order mark, or else GB18030 (see
     * {@code MeasureFileText}). A file that is still not text is a 422 naming the line.
     */
    @Operation(operationId = "importMeasures", summary = "Check or import a CSV file of measures")
    @APIResponse(
            responseCode = "200",
            description = "Every row is valid; with mode=commit they are written",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(
            responseCode = "422",
            description = "Some rows are wrong, and nothing is written: each error names its row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportResponse.class)))
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/import")
    @Consumes({MeasureCsv.MEDIA_TYPE, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    public Response importCsv(@QueryParam("mode") String mode, byte[] csv, @Context HttpHeaders headers) {
        String declared = MeasureFileText.charsetOf(headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
        ImportReport report = importMeasures.importCsv(ImportMeasuresCommand.ofFile(csv, declared, mode));
        ImportResponse response = ImportResponse.of(report, headers);
        if (response.status() != null) {
            return Response.status(422)
                    .type(Problem.MEDIA_TYPE)
                    .entity(response)
                    .build();
        }
        return Response.ok(response).build();
    }

    /** Every value recorded from {@code from} to {@code to} (months, quarters and years lying within), as CSV. */
    @Operation(operationId = "exportMeasures", summary = "Export the recorded measures as CSV")
    @APIResponse(
            responseCode = "200",
            description = "The measures as CSV: period,measure,value,funnel",
            content = @Content(mediaType = MeasureCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/export")
    @Produces(MeasureCsv.MEDIA_TYPE)
    public Response export(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("funnel") String funnel) {
        ExportMeasuresQuery query = ExportMeasuresQuery.of(from, to, funnel);
        String csv = MeasureCsv.write(exportMeasures.export(query));
        return Response.ok(csv)
                .type(MeasureCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + query.fileName() + "\"")
                .build();
    }
}
