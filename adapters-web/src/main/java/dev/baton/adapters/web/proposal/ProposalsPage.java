package dev.baton.adapters.web.proposal;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.FormNumbers;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.adapters.web.shared.ThresholdNumbers;
import dev.baton.application.proposal.AcceptOutcome;
import dev.baton.application.proposal.AcceptProposalUseCase;
import dev.baton.application.proposal.DecideProposalCommand;
import dev.baton.application.proposal.DeclineProposalUseCase;
import dev.baton.application.proposal.ListProposalsQuery;
import dev.baton.application.proposal.ProposalInput;
import dev.baton.application.proposal.ProposeTargetCommand;
import dev.baton.application.proposal.ProposeTargetUseCase;
import dev.baton.application.proposal.ViewProposalBoardUseCase;
import dev.baton.application.proposal.WithdrawProposalUseCase;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.target.ThresholdInput;
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
import org.jboss.resteasy.reactive.RestForm;

/**
 * Proposals between teams: what came in, what went out, and a form to propose. Each action is one use case and
 * answers with a redirect back here, saying what happened.
 */
@Path("/proposals")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class ProposalsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposals(ProposalsView view);
    }

    private final ViewProposalBoardUseCase board;
    private final ProposeTargetUseCase propose;
    private final AcceptProposalUseCase accept;
    private final DeclineProposalUseCase decline;
    private final WithdrawProposalUseCase withdraw;

    @Inject
    public ProposalsPage(
            ViewProposalBoardUseCase board,
            ProposeTargetUseCase propose,
            AcceptProposalUseCase accept,
            DeclineProposalUseCase decline,
            WithdrawProposalUseCase withdraw) {
        this.board = board;
        this.propose = propose;
        this.accept = accept;
        this.decline = decline;
        this.withdraw = withdraw;
    }

    /**
     * The board and the propose form; a finding's "propose" opens it prefilled with the team, the metric slot and the
     * period (and a bar, if it has one), leaving the rest to the lead.
     */
    @GET
    public Response list(
            @QueryParam("done") String done,
            @QueryParam("toTeam") String toTeam,
            @QueryParam("metric") String metric,
            @QueryParam("scopeFrom") String scopeFrom,
            @QueryParam("scopeTo") String scopeTo,
            @QueryParam("period") String period,
            @QueryParam("type") String type,
            @QueryParam("value") String value,
            @QueryParam("min") String min,
            @QueryParam("max") String max) {
        ProposalForm form = ProposalForm.typed(toTeam, metric, scopeFrom, scopeTo, period, type, value, min, max, null);
        return page(form, FormErrors.none(), done == null ? "" : done, 200);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(
            @RestForm String toTeam,
            @RestForm String metric,
            @RestForm String scopeFrom,
            @RestForm String scopeTo,
            @RestForm String period,
            @RestForm String type,
            @RestForm String value,
            @RestForm String min,
            @RestForm String max,
            @RestForm String note,
            @Context HttpHeaders headers) {
        ProposalForm form = ProposalForm.typed(toTeam, metric, scopeFrom, scopeTo, period, type, value, min, max, note);
        try {
            propose.propose(ProposeTargetCommand.of(new ProposalInput(
                    null,
                    FormNumbers.parse(toTeam),
                    metric,
                    scopeFrom,
                    scopeTo,
                    period,
                    new ThresholdInput(
                            type, FormNumbers.decimal(value), FormNumbers.decimal(min), FormNumbers.decimal(max)),
                    note)));
            return Html.redirect("/proposals?done=made");
        } catch (InvalidInputException e) {
            return page(
                    form,
                    FormErrors.of(ThresholdNumbers.refusals(e.errors(), value, min, max), Language.of(headers)),
                    "",
                    422);
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") String id, @RestForm String back) {
        AcceptOutcome outcome = accept.accept(DecideProposalCommand.of(id, null));
        return done(back, outcome.superseded() ? "superseded" : "accepted");
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") String id, @RestForm String note, @RestForm String back) {
        decline.decline(DecideProposalCommand.of(id, note));
        return done(back, "declined");
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") String id, @RestForm String back) {
        withdraw.withdraw(DecideProposalCommand.of(id, null));
        return done(back, "withdrawn");
    }

    /**
     * Back to where the decision was taken: a target editor's card sends its own address ({@code back}), anything else
     * (or an address that is not a target editor's) comes back to this page. The outcome rides along in the address.
     */
    static Response done(String back, String outcome) {
        if (back != null && back.startsWith("/targets?") && !back.contains("//") && !back.contains("\\")) {
            return Html.redirect(back + "&proposal=" + outcome);
        }
        return Html.redirect("/proposals?done=" + outcome);
    }

    private Response page(ProposalForm form, FormErrors errors, String done, int status) {
        ProposalsView view = new ProposalsView(board.board(ListProposalsQuery.all()), form, errors, done);
        return Response.status(status)
                .entity(Templates.proposals(view).data("nav", "proposals"))
                .build();
    }
}
