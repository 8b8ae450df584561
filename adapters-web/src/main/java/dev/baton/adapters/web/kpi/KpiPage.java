package dev.baton.adapters.web.kpi;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.FormNumbers;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.checkin.CheckInCommand;
import dev.baton.application.checkin.CheckInInput;
import dev.baton.application.checkin.CheckInToEdit;
import dev.baton.application.checkin.EditCheckInUseCase;
import dev.baton.application.checkin.RecordCheckInUseCase;
import dev.baton.application.kpi.GetKpiOverviewUseCase;
import dev.baton.application.kpi.KpiOverview;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A KPI's own page: its history against the bar, its check-ins, open proposals and audit entries; and the form that
 * edits one check-in, which adds a wording and keeps the earlier ones.
 */
@Path("/kpis")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class KpiPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kpi(KpiView view, boolean edited, boolean recorded);

        static native TemplateInstance editCheckIn(CheckInEditView view);
    }

    private final GetKpiOverviewUseCase overview;
    private final RecordCheckInUseCase recordCheckIn;
    private final EditCheckInUseCase editCheckIn;

    @Inject
    public KpiPage(GetKpiOverviewUseCase overview, RecordCheckInUseCase recordCheckIn, EditCheckInUseCase editCheckIn) {
        this.overview = overview;
        this.recordCheckIn = recordCheckIn;
        this.editCheckIn = editCheckIn;
    }

    @GET
    @Path("/{targetId}")
    public TemplateInstance show(
            @PathParam("targetId") String targetId,
            @QueryParam("edited") boolean edited,
            @QueryParam("recorded") boolean recorded,
            @Context HttpHeaders headers) {
        KpiOverview kpi = overview.overview(targetId);
        Optional<CheckInText> last = kpi.checkIns().isEmpty()
                ? Optional.empty()
                : Optional.of(kpi.checkIns().get(kpi.checkIns().size() - 1)).map(CheckIn::current);
        KpiView view = view(
                kpi,
                last.map(CheckInText::note).orElse(""),
                last.map(t -> t.confidence().name()).orElse("ON_TRACK"),
                last.flatMap(CheckInText::forecast)
                        .map(BigDecimal::toPlainString)
                        .orElse(""),
                FormErrors.none(),
                Language.of(headers));
        return kpiPage(view, edited, recorded);
    }

    private static KpiView view(
            KpiOverview kpi, String note, String confidence, String forecast, FormErrors errors, Locale locale) {
        KpiChart.Drawing chart = KpiChart.draw(
                kpi.history().stream().map(KpiOverview.Point::actual).toList(),
                kpi.history().stream().map(p -> p.period().format()).toList(),
                kpi.target().target().threshold().lower(),
                kpi.target().target().threshold().upper(),
                kpi.running().flatMap(KpiOverview.Running::expectedToDate));
        Optional<KpiView.PaceMarker> pace = chart.pace().flatMap(dot -> kpi.running()
                .flatMap(KpiOverview.Running::expectedToDate)
                .map(expected -> KpiView.PaceMarker.at(dot, expected.toPlainString())));
        List<KpiView.FindingLine> findings = kpi.findings().stream()
                .map(f -> new KpiView.FindingLine(f.severity().name(), Phrasebook.word(f.phrase(), locale)))
                .toList();
        return new KpiView(kpi, chart, KpiView.rows(kpi), pace, findings, note, confidence, forecast, errors);
    }

    private static TemplateInstance kpiPage(KpiView view, boolean edited, boolean recorded) {
        return Templates.kpi(view, edited, recorded).data("nav", "scorecard");
    }

    /**
     * Records a check-in: back to the KPI page when it is recorded; else the page again (422) with what was typed in
     * the form and the message next to each field in question. Someone who may not record gets 403 either way.
     */
    @POST
    @Path("/{targetId}/check-ins")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(
            @PathParam("targetId") String targetId,
            @RestForm String note,
            @RestForm String confidence,
            @RestForm String forecast,
            @Context HttpHeaders headers) {
        String typedForecast = text(forecast);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal parsedForecast = FormNumbers.decimal(typedForecast);
        if (parsedForecast == null && !typedForecast.isBlank()) {
            errors.add(FieldError.of("forecast", "field.NOT_A_NUMBER", typedForecast.strip()));
        }
        try {
            CheckInCommand command =
                    CheckInCommand.record(targetId, new CheckInInput(note, confidence, parsedForecast, null));
            if (errors.isEmpty()) {
                recordCheckIn.record(command);
                return Html.redirect("/kpis/" + command.target() + "?recorded=true");
            }
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors());
        }
        KpiOverview kpi = overview.overview(targetId);
        if (!kpi.mayCheckIn()) {
            throw new ForbiddenException("may not record a check-in on target " + targetId);
        }
        Locale locale = Language.of(headers);
        KpiView view = view(kpi, text(note), text(confidence), typedForecast, FormErrors.of(errors, locale), locale);
        return Response.status(422).entity(kpiPage(view, false, false)).build();
    }

    @GET
    @Path("/{targetId}/check-ins/{checkInId}/edit")
    public TemplateInstance editForm(@PathParam("targetId") String targetId, @PathParam("checkInId") String checkInId) {
        CheckInToEdit editing = editCheckIn.toEdit(targetId, checkInId);
        CheckInText now = editing.checkIn().current();
        return editPage(new CheckInEditView(
                editing,
                now.note(),
                now.confidence().name(),
                now.forecast().map(BigDecimal::toPlainString).orElse(""),
                Long.toString(editing.checkIn().version()),
                FormErrors.none(),
                false));
    }

    /**
     * Saves an edit: back to the KPI page when it is saved; else the form again with what was typed, and the field
     * messages (422) or, when someone else edited the check-in since the form was opened, the check-in as it reads now
     * beside the form and the form sending the current version, so saving again replaces it knowingly (409). Someone
     * who may not edit gets 403 either way.
     */
    @POST
    @Path("/{targetId}/check-ins/{checkInId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveEdit(
            @PathParam("targetId") String targetId,
            @PathParam("checkInId") String checkInId,
            @RestForm String note,
            @RestForm String confidence,
            @RestForm String forecast,
            @RestForm String version,
            @Context HttpHeaders headers) {
        String typedForecast = forecast == null ? "" : forecast;
        List<FieldError> errors = new ArrayList<>();
        BigDecimal parsedForecast = FormNumbers.decimal(typedForecast);
        if (parsedForecast == null && !typedForecast.isBlank()) {
            errors.add(FieldError.of("forecast", "field.NOT_A_NUMBER", typedForecast.strip()));
        }
        try {
            CheckInCommand command = CheckInCommand.edit(
                    targetId,
                    checkInId,
                    new CheckInInput(note, confidence, parsedForecast, FormNumbers.parse(version)));
            if (errors.isEmpty()) {
                editCheckIn.edit(command);
                return Html.redirect("/kpis/" + command.target() + "?edited=true");
            }
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors());
        } catch (ConcurrentEditException e) {
            CheckInToEdit now = editCheckIn.toEdit(targetId, checkInId);
            return again(
                    409,
                    now,
                    note,
                    confidence,
                    typedForecast,
                    Long.toString(now.checkIn().version()),
                    null);
        }
        return again(
                422,
                editCheckIn.toEdit(targetId, checkInId),
                note,
                confidence,
                typedForecast,
                text(version),
                FormErrors.of(errors, Language.of(headers)));
    }

    /** The edit form again with what was typed: with its field messages, or (without any) as stale. */
    private static Response again(
            int status,
            CheckInToEdit editing,
            String note,
            String confidence,
            String forecast,
            String version,
            FormErrors errors) {
        CheckInEditView view = new CheckInEditView(
                editing,
                text(note),
                text(confidence),
                forecast,
                version,
                errors == null ? FormErrors.none() : errors,
                errors == null);
        return Response.status(status).entity(editPage(view)).build();
    }

    private static TemplateInstance editPage(CheckInEditView view) {
        return Templates.editCheckIn(view).data("nav", "scorecard");
    }

    private static String text(String raw) {
        return raw == null ? "" : raw;
    }
}
