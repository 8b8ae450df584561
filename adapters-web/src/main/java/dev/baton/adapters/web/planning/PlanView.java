package dev.baton.adapters.web.planning;

import dev.baton.adapters.web.shared.FormErrors;
import java.util.List;

/** Everything the plan page shows, built by {@link PlanViews}. */
public record PlanView(
        PlanForm form,
        FormErrors errors,
        List<Choice> funnels,
        List<Choice> wonStages,
        List<RateRow> rates,
        boolean planned,
        long deals,
        String averageDealValue,
        Source averageDealValueSource,
        List<StageCard> stages,
        List<TeamTargets> teams,
        int scoreBefore,
        int scoreAfter,
        List<HandoffLine> handoffs,
        boolean mayAdopt,
        String query,
        Adopted adopted) {

    /** An option of a select. */
    public record Choice(String value, String label, boolean selected) {}

    /** Where a number came from: given, or the months {@code from}…{@code to}. */
    public record Source(boolean given, String from, String to) {}

    /** A boundary's rate field: what was typed, and the rate used with its source beside it. */
    public record RateRow(
            String boundary, String field, String id, String value, String used, Source source, String error) {

        public boolean hasError() {
            return !error.isEmpty();
        }
    }

    /** A planned stage on the funnel picture. */
    public record StageCard(
            String key, String name, String team, String required, boolean handoffBefore, boolean won) {}

    /** The proposed targets of one team. */
    public record TeamTargets(String team, List<TargetLine> targets) {}

    /** A proposed target: metric, its bar, why the team holds it, and the stored number it changes (empty if none). */
    public record TargetLine(String metric, String atLeast, String reason, String changes, boolean unchanged) {}

    /** A handoff of the funnel with the plan in place. */
    public record HandoffLine(String from, String to, String fromTeam, String toTeam, boolean covered) {}

    /** What the last adoption wrote, when the page follows one. */
    public record Adopted(boolean shown, int written, int skipped, int proposed) {}
}
