package dev.baton.adapters.web.kpi;

import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.checkin.CheckInCommand;
import dev.baton.application.checkin.CheckInInput;
import dev.baton.application.checkin.RecordCheckInUseCase;
import dev.baton.application.kpi.GetKpiOverviewUseCase;
import dev.baton.application.kpi.KpiOverview;
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
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** A KPI's own page: its history against the bar, its check-ins, open proposals and audit entries. */
@Path("/kpis")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class KpiPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kpi(KpiView view);
    }

    private final GetKpiOverviewUseCase overview;
    private final RecordCheckInUseCase recordCheckIn;

    @Inject
    public KpiPage(GetKpiOverviewUseCase overview, RecordCheckInUseCase recordCheckIn) {
        this.overview = overview;
        this.recordCheckIn = recordCheckIn;
    }

    @GET
    @Path("/{targetId}")
    public TemplateInstance show(@PathParam("targetId") String targetId) {
        KpiOverview kpi = overview.overview(targetId);
        KpiChart.Drawing chart = KpiChart.draw(
                kpi.history().stream().map(KpiOverview.Point::actual).toList(),
                kpi.history().stream().map(p -> p.period().format()).toList(),
                kpi.target().target().threshold().lower(),
                kpi.target().target().threshold().upper(),
                kpi.running().flatMap(KpiOverview.Running::expectedToDate));
        Optional<KpiView.PaceMarker> pace = chart.pace().flatMap(dot -> kpi.running()
                .flatMap(KpiOverview.Running::expectedToDate)
                .map(expected -> KpiView.PaceMarker.at(dot, expected.toPlainString())));
        Optional<CheckInText> last = kpi.checkIns().isEmpty()
                ? Optional.empty()
                : Optional.of(kpi.checkIns().get(kpi.checkIns().size() - 1)).map(CheckIn::current);
        return Templates.kpi(new KpiView(
                        kpi,
                        chart,
                        KpiView.rows(kpi),
                        pace,
                        last.map(CheckInText::note).orElse(""),
                        last.map(t -> t.confidence().name()).orElse("ON_TRACK"),
                        last.flatMap(CheckInText::forecast)
                                .map(BigDecimal::toPlainString)
                                .orElse("")))
                .data("nav", "scorecard");
    }

    @POST
    @Path("/{targetId}/check-ins")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public jakarta.ws.rs.core.Response checkIn(
            @PathParam("targetId") String targetId,
            @RestForm String note,
            @RestForm String confidence,
            @RestForm String forecast) {
        recordCheckIn.record(
                CheckInCommand.record(targetId, new CheckInInput(note, confidence, decimal(forecast), null)));
        return Html.redirect("/kpis/" + targetId);
    }

    private static BigDecimal decimal(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
