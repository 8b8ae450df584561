package dev.baton.adapters.web.target;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.adapters.web.target.TargetEditorViews.Extras;
import dev.baton.application.target.TargetEditor;
import dev.baton.application.target.TargetEditorQuery;
import dev.baton.application.target.ViewTargetEditorUseCase;
import dev.baton.application.team.TeamPicker;
import dev.baton.application.team.ViewTeamPickerUseCase;
import dev.baton.domain.period.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/**
 * The target editor of one team and period, as it is read: its targets, each with the last complete periods' actuals
 * and the range the other teams' targets imply, the add or change form, and beside them the findings of the alignment
 * rules that involve the team and the handoffs it touches. Without a team, a lead lands on their own team and anyone
 * else picks one. The forms post to {@link TargetEditingPage}.
 */
@Path("/targets")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class TargetsPage {

    private final ViewTargetEditorUseCase editor;
    private final ViewTeamPickerUseCase picker;

    @Inject
    public TargetsPage(ViewTargetEditorUseCase editor, ViewTeamPickerUseCase picker) {
        this.editor = editor;
        this.picker = picker;
    }

    @GET
    public Response show(
            @QueryParam("team") Long team,
            @QueryParam("period") String period,
            @QueryParam("edit") String edit,
            @QueryParam("metric") String metric,
            @QueryParam("scopeFrom") String scopeFrom,
            @QueryParam("scopeTo") String scopeTo,
            @QueryParam("saved") boolean saved,
            @QueryParam("copied") Integer copied,
            @QueryParam("skipped") Integer skipped,
            @QueryParam("proposal") String proposal,
            @QueryParam("type") String type,
            @QueryParam("value") String value,
            @QueryParam("min") String min,
            @QueryParam("max") String max,
            @Context HttpHeaders headers) {
        String shown = period == null || period.isBlank() ? thisQuarter() : period.strip();
        if (team == null) {
            return pickOrLand(period, shown);
        }
        TargetEditor read = editor.view(TargetEditorQuery.of(team, shown, edit, metric, scopeFrom, scopeTo));
        TargetForm form = read.editing().map(TargetForm::of).orElseGet(() -> TargetForm.fresh(
                        read.period().format(), read.team().owner().value())
                .choosing(metric, scopeFrom, scopeTo)
                .barring(type, value, min, max));
        String notice = saved ? "saved" : copied != null ? "copied" : "";
        Extras extras = new Extras(
                null, notice, ProposalDone.known(proposal), copied == null ? 0 : copied, skipped == null ? 0 : skipped);
        TargetEditorView view = TargetEditorViews.of(read, form, FormErrors.none(), extras, Language.of(headers));
        return Response.ok(TargetTemplates.editor(view).data("nav", "targets")).build();
    }

    /** A team lead comes to set their own team's targets: open the editor there, in the period asked for. */
    private Response pickOrLand(String period, String shown) {
        TeamPicker read = picker.view();
        if (read.ownTeam().isPresent()) {
            String asked = period == null || period.isBlank() ? "" : "&period=" + TargetEditorViews.encode(shown);
            return Html.redirect("/targets?team=" + read.ownTeam().get().value() + asked);
        }
        return Response.ok(TargetTemplates.pick(read.teams(), shown).data("nav", "targets"))
                .build();
    }

    private static String thisQuarter() {
        LocalDate today = LocalDate.now();
        return Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1)
                .format();
    }
}
