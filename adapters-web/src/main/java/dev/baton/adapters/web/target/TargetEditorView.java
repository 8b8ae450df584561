package dev.baton.adapters.web.target;

import dev.baton.adapters.web.shared.FormErrors;
import java.util.List;

/**
 * Everything the target editor's template shows, built by {@link TargetEditorViews}: the team, the period and its
 * neighbours, the team's targets each with its context, the add or change form (as typed) with the context of the
 * metric it has chosen, a preview of a change, the score and its formula, the findings, the handoffs and the period's
 * open proposals made by or to the team ({@code proposalDone}: what a decision on one just did, else empty).
 */
public record TargetEditorView(
        long teamId,
        String teamName,
        String period,
        String previousPeriod,
        String nextPeriod,
        boolean canEdit,
        List<TargetRow> rows,
        List<MetricOption> metrics,
        List<String> stages,
        List<OwnerOption> people,
        int score,
        String scoreFormula,
        List<FindingView> findings,
        List<HandoffView> handoffs,
        List<OpenProposalView> proposals,
        TargetForm form,
        ContextView formContext,
        FormErrors errors,
        PreviewView preview,
        String notice,
        String proposalDone,
        int copied,
        int skipped) {

    /** This editor's own address, where a decision taken on its proposals card comes back to. */
    public String editorPath() {
        return "/targets?team=" + teamId + "&period=" + period;
    }

    /** A person the owner select offers. */
    public record OwnerOption(long id, String name) {}

    /**
     * What a number stands beside: the last complete periods' actuals, and the range the other teams' targets imply
     * for it ({@code impliedMin}/{@code impliedMax} empty where unbounded; both empty: nothing is implied), and the adopted
     * waterfall's requirement ({@code planned}, empty without one).
     */
    public record ContextView(List<PastView> history, String impliedMin, String impliedMax, String planned) {

        public boolean implied() {
            return !impliedMin.isEmpty() || !impliedMax.isEmpty();
        }

        public boolean hasHistory() {
            return !history.isEmpty();
        }
    }

    /** One past period's actual as a person reads it ("1,200"), or empty where nothing was recorded. */
    public record PastView(String period, String value) {

        public boolean known() {
            return !value.isEmpty();
        }
    }
}
