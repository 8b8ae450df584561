package dev.baton.adapters.web.target;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.FormNumbers;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.adapters.web.shared.ThresholdNumbers;
import dev.baton.adapters.web.target.TargetEditorViews.Extras;
import dev.baton.application.alignment.WhatIfCommand;
import dev.baton.application.alignment.WhatIfOutcome;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.target.AdoptSharedMetricCommand;
import dev.baton.application.target.AdoptSharedMetricUseCase;
import dev.baton.application.target.ChangeKpiTargetCommand;
import dev.baton.application.target.ChangeKpiTargetUseCase;
import dev.baton.application.target.CopyResult;
import dev.baton.application.target.CopyTargetsCommand;
import dev.baton.application.target.CopyTargetsUseCase;
import dev.baton.application.target.PreviewTargetUseCase;
import dev.baton.application.target.RemoveKpiTargetCommand;
import dev.baton.application.target.RemoveKpiTargetUseCase;
import dev.baton.application.target.SetKpiTargetCommand;
import dev.baton.application.target.SetKpiTargetUseCase;
import dev.baton.application.target.TargetEditor;
import dev.baton.application.target.TargetEditorQuery;
import dev.baton.application.target.TargetInput;
import dev.baton.application.target.TargetPreview;
import dev.baton.application.target.ThresholdInput;
import dev.baton.application.target.ViewTargetEditorUseCase;
import dev.baton.domain.period.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The target editor's forms: add or change a target (or preview the change first), remove one, copy the period into
 * the next, and adopt a suggested shared metric with one click. Each post calls its one use case and goes back to
 * {@link TargetsPage}; a preview is one use case giving the editor and the report before and after; a refused form is
 * shown again as typed, read by the editor's read use case.
 */
@Path("/targets")
@RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class TargetEditingPage {

    private final SetKpiTargetUseCase setTarget;
    private final ChangeKpiTargetUseCase changeTarget;
    private final RemoveKpiTargetUseCase removeTarget;
    private final CopyTargetsUseCase copyTargets;
    private final PreviewTargetUseCase previewTarget;
    private final AdoptSharedMetricUseCase adoptMetric;
    private final ViewTargetEditorUseCase editor;

    @Inject
    public TargetEditingPage(
            SetKpiTargetUseCase setTarget,
            ChangeKpiTargetUseCase changeTarget,
            RemoveKpiTargetUseCase removeTarget,
            CopyTargetsUseCase copyTargets,
            PreviewTargetUseCase previewTarget,
            AdoptSharedMetricUseCase adoptMetric,
            ViewTargetEditorUseCase editor) {
        this.setTarget = setTarget;
        this.changeTarget = changeTarget;
        this.removeTarget = removeTarget;
        this.copyTargets = copyTargets;
        this.previewTarget = previewTarget;
        this.adoptMetric = adoptMetric;
        this.editor = editor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestForm Long team,
            @RestForm String viewPeriod,
            @RestForm String intent,
            @RestForm String id,
            @RestForm String version,
            @RestForm String metric,
            @RestForm String scopeFrom,
            @RestForm String scopeTo,
            @RestForm String period,
            @RestForm String type,
            @RestForm String value,
            @RestForm String min,
            @RestForm String max,
            @RestForm String ownerId,
            @RestForm String rationale,
            @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        TargetEditorQuery query = TargetEditorQuery.of(
                team,
                viewPeriod == null || viewPeriod.isBlank() ? period : viewPeriod,
                null,
                metric,
                scopeFrom,
                scopeTo);
        TargetForm form = new TargetForm(
                id, version, metric, scopeFrom, scopeTo, period, type, value, min, max, ownerId, rationale);
        TargetInput input = new TargetInput(
                team,
                metric,
                scopeFrom,
                scopeTo,
                period,
                new ThresholdInput(
                        type, ThresholdNumbers.parse(value), ThresholdNumbers.parse(min), ThresholdNumbers.parse(max)),
                FormNumbers.parse(ownerId),
                rationale);
        boolean change = form.isChange();
        try {
            if ("preview".equals(intent)) {
                TargetPreview tried = previewTarget.preview(
                        query,
                        WhatIfCommand.of(
                                query.period().format(), change ? "REPLACE" : "SET", change ? id : null, input));
                WhatIfOutcome outcome = tried.outcome();
                TargetEditor read = tried.editor();
                PreviewView preview = new PreviewView(
                        outcome.before().report().score(),
                        outcome.after().report().score(),
                        TargetEditorViews.findings(
                                outcome.after(),
                                read.team().id(),
                                read.period(),
                                read.periodTargets(),
                                TargetEditorViews.names(read.catalog(), locale),
                                locale,
                                read::proposalsFor));
                return page(read, form, FormErrors.none(), Extras.preview(preview), locale, 200);
            }
            if (change) {
                changeTarget.change(ChangeKpiTargetCommand.of(id, input, FormNumbers.parse(version)));
            } else {
                setTarget.set(SetKpiTargetCommand.of(input));
            }
            return Html.redirect(TargetEditorViews.editorPath(team, query.period()) + "&saved=true");
        } catch (InvalidInputException e) {
            List<FieldError> errors = ThresholdNumbers.refusals(
                    e.errors().stream()
                            .map(err -> new FieldError(err.field().replaceFirst("^target\\.", ""), err.phrase()))
                            .toList(),
                    value,
                    min,
                    max);
            return page(editor.view(query), form, FormErrors.of(errors, locale), Extras.none(), locale, 422);
        }
    }

    @POST
    @Path("/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(
            @PathParam("id") String id, @RestForm Long team, @RestForm String viewPeriod, @RestForm String version) {
        Period shown =
                TargetEditorQuery.of(team, viewPeriod, null, null, null, null).period();
        removeTarget.remove(RemoveKpiTargetCommand.of(id, FormNumbers.parse(version)));
        return Html.redirect(TargetEditorViews.editorPath(team, shown) + "&saved=true");
    }

    @POST
    @Path("/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copy(@RestForm Long team, @RestForm String viewPeriod) {
        CopyResult result = copyTargets.copy(CopyTargetsCommand.of(team, viewPeriod, null));
        return Html.redirect(TargetEditorViews.editorPath(team, result.to()) + "&copied=" + result.copied()
                + "&skipped=" + result.skipped());
    }

    /** One click on a suggested shared metric: the neighbour's bar, the team's owner, the page's period. */
    @POST
    @Path("/adopt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response adopt(
            @RestForm Long team,
            @RestForm String viewPeriod,
            @RestForm String metric,
            @RestForm String scopeFrom,
            @RestForm String scopeTo,
            @RestForm String type,
            @RestForm String value,
            @RestForm String min,
            @RestForm String max,
            @Context HttpHeaders headers) {
        TargetEditorQuery query = TargetEditorQuery.of(team, viewPeriod, null, metric, scopeFrom, scopeTo);
        try {
            adoptMetric.adopt(new AdoptSharedMetricCommand(
                    team,
                    query.period().format(),
                    metric,
                    scopeFrom,
                    scopeTo,
                    new ThresholdInput(
                            type,
                            ThresholdNumbers.parse(value),
                            ThresholdNumbers.parse(min),
                            ThresholdNumbers.parse(max))));
            return Html.redirect(TargetEditorViews.editorPath(team, query.period()) + "&saved=true");
        } catch (InvalidInputException e) {
            // A refused adoption shows the editor as it stands, the team's owner as the one who would have held it.
            Locale locale = Language.of(headers);
            TargetEditor read = editor.view(query);
            long owner = read.team().owner().value();
            TargetForm form = new TargetForm(
                    "",
                    "",
                    metric,
                    scopeFrom,
                    scopeTo,
                    query.period().format(),
                    type,
                    value,
                    min,
                    max,
                    Long.toString(owner),
                    "");
            return page(
                    read,
                    form,
                    FormErrors.of(ThresholdNumbers.refusals(e.errors(), value, min, max), locale),
                    Extras.none(),
                    locale,
                    422);
        }
    }

    private static Response page(
            TargetEditor read, TargetForm form, FormErrors errors, Extras extras, Locale locale, int status) {
        TargetEditorView view = TargetEditorViews.of(read, form, errors, extras, locale);
        return Response.status(status)
                .entity(TargetTemplates.editor(view).data("nav", "targets"))
                .build();
    }
}
