package dev.baton.adapters.web.measure;

import dev.baton.adapters.web.measure.MeasureSheets.Stored;
import dev.baton.adapters.web.measure.MeasureSheets.Typed;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.measure.ImportMeasuresCommand;
import dev.baton.application.measure.ImportMeasuresUseCase;
import dev.baton.application.measure.MeasureFileText;
import dev.baton.application.measure.MeasureSheet;
import dev.baton.application.measure.RecordMeasuresCommand;
import dev.baton.application.measure.RecordMeasuresUseCase;
import dev.baton.application.measure.ViewMeasureSheetUseCase;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.period.Period;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Recording a period's measures with a form, and importing them from a CSV file with a check before the commit. Every
 * signed-in role reads; admins and team leads record and import (the use cases decide).
 */
@Path("/measures")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class MeasuresPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance period(MeasureSheetView view);

        static native TemplateInstance upload(String csv, Optional<ImportView> result, boolean fromFile);
    }

    private final ViewMeasureSheetUseCase sheets;
    private final RecordMeasuresUseCase recordMeasures;
    private final ImportMeasuresUseCase importMeasures;
    private final Clock clock;

    @Inject
    public MeasuresPage(
            ViewMeasureSheetUseCase sheets,
            RecordMeasuresUseCase recordMeasures,
            ImportMeasuresUseCase importMeasures,
            Clock clock) {
        this.sheets = sheets;
        this.recordMeasures = recordMeasures;
        this.importMeasures = importMeasures;
        this.clock = clock;
    }

    @GET
    public Response period(
            @QueryParam("period") String period,
            @QueryParam("funnel") String funnel,
            @QueryParam("saved") boolean saved,
            @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        String asked = period == null || period.isBlank()
                ? Period.month(YearMonth.now(clock)).format()
                : period.strip();
        String funnelText = funnel == null ? "" : funnel.strip();
        MeasureSheet sheet = sheets.view(asked, funnelText);
        if (sheet.recorded().isEmpty()) {
            return page(asked, funnelText, sheet, Stored.NONE, Typed.NONE, sheet.refused(), false, false, locale, 422);
        }
        PeriodMeasures measures = sheet.recorded().get();
        return page(
                measures.period().format(),
                funnelText,
                sheet,
                Stored.of(measures),
                Typed.NONE,
                List.of(),
                false,
                saved,
                locale,
                200);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> posted, @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        String period = PostedForm.field(posted, "period");
        String funnel = PostedForm.field(posted, "funnel");
        Typed typing = Typed.of(posted);
        try {
            PeriodMeasures stored = recordMeasures.record(
                    RecordMeasuresCommand.of(period, funnel, PostedForm.field(posted, "version"), typing.given()));
            return Html.redirect("/measures?period=" + stored.period().format()
                    + (stored.funnel().organisationWide()
                            ? ""
                            : "&funnel=" + stored.funnel().id())
                    + "&saved=true");
        } catch (InvalidInputException e) {
            // The form goes on against the version it was opened with, so a clash in between is still caught.
            MeasureSheet sheet = sheets.view(period, funnel);
            Stored stored = stored(sheet).openedAt(PostedForm.field(posted, "version"));
            return page(period, funnel, sheet, stored, typing, e.errors(), false, false, locale, 422);
        } catch (ConcurrentEditException e) {
            // Someone recorded this sheet since the form was opened: keep what was typed, show what is stored now.
            MeasureSheet sheet = sheets.view(period, funnel);
            return page(period, funnel, sheet, stored(sheet), typing, List.of(), true, false, locale, 409);
        }
    }

    /** What the sheet holds; nothing when its period or funnel is refused (the form shows why beside it). */
    private static Stored stored(MeasureSheet sheet) {
        return sheet.recorded().map(Stored::of).orElse(Stored.NONE);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @GET
    @Path("/import")
    public TemplateInstance upload() {
        return Templates.upload("", Optional.empty(), false).data("nav", "measures");
    }

    /** The form with a file chooser: a file of any size (up to the request limit) goes through the file input. */
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(
            @RestForm("file") FileUpload file,
            @RestForm("csv") String pasted,
            @RestForm("mode") String mode,
            @Context HttpHeaders headers) {
        boolean fromFile = file != null && file.size() > 0;
        if (!fromFile) {
            return importPage(pasted, () -> ImportMeasuresCommand.of(pasted, mode), false, headers);
        }
        // The part's own Content-Type declares the file's charset, if anything does; see MeasureFileText.
        String declared = MeasureFileText.charsetOf(file.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
        return importPage(
                "", () -> ImportMeasuresCommand.ofFile(PostedForm.bytes(file), declared, mode), true, headers);
    }

    /** Pasted rows sent as a plain form. */
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importText(
            @RestForm("csv") String pasted, @RestForm("mode") String mode, @Context HttpHeaders headers) {
        return importPage(pasted, () -> ImportMeasuresCommand.of(pasted, mode), false, headers);
    }

    private Response importPage(
            String shown, Supplier<ImportMeasuresCommand> command, boolean fromFile, HttpHeaders headers) {
        Locale locale = Language.of(headers);
        try {
            ImportView view = ImportView.of(importMeasures.importCsv(command.get()), locale);
            int status = view.clean() ? 200 : 422;
            return Response.status(status)
                    .entity(Templates.upload(shown == null ? "" : shown, Optional.of(view), fromFile)
                            .data("nav", "measures"))
                    .build();
        } catch (InvalidInputException e) {
            ImportView view = new ImportView(
                    0,
                    e.errors().size(),
                    false,
                    true,
                    e.errors().stream()
                            .map(error ->
                                    new ImportView.Line(0, error.field(), Phrasebook.word(error.phrase(), locale)))
                            .toList());
            return Response.status(422)
                    .entity(Templates.upload(shown == null ? "" : shown, Optional.of(view), fromFile)
                            .data("nav", "measures"))
                    .build();
        }
    }

    private Response page(
            String period,
            String funnel,
            MeasureSheet sheet,
            Stored stored,
            Typed typed,
            List<FieldError> fieldErrors,
            boolean clash,
            boolean saved,
            Locale locale,
            int status) {
        MeasureSheetView view = MeasureSheets.view(
                new MeasureSheets.Sheet(period, funnel, stored, typed, fieldErrors, clash, saved, sheet.mayRecord()),
                sheet.measures(),
                sheet.funnels(),
                locale);
        return Response.status(status)
                .entity(Templates.period(view).data("nav", "measures"))
                .build();
    }
}
