package dev.baton.adapters.web.planning;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the plan page, used as {@code {plan:key}}. English is written here; Simplified Chinese lives in
 * {@code messages/plan_zh_CN.properties}.
 */
@MessageBundle(value = "plan", locale = "en")
public interface PlanMessages {

    @Message("Plan")
    String nav();

    @Message("Plan from the top")
    String title();

    @Message("Start from the revenue goal: the deals it takes, and what each stage of the funnel must bring in to get"
            + " there, worked back stage by stage. Every team gets the targets of its stages, and both teams at each"
            + " handoff hold the same number.")
    String intro();

    @Message("Funnel")
    String funnel();

    @Message("Period")
    String period();

    @Message("A month (2027-01), a quarter (2027-Q1) or a year (2027)")
    String period_hint();

    @Message("Goal")
    String goal();

    @Message("New revenue")
    String goal_new_revenue();

    @Message("Won deals")
    String goal_deals();

    @Message("Won stage")
    String won_stage();

    @Message("The stage whose entries are won deals; later stages are retention")
    String won_stage_hint();

    @Message("Average deal value")
    String average_deal_value();

    @Message("Leave empty to take it from history")
    String average_deal_value_hint();

    @Message("Months of history")
    String history();

    @Message("Conversion rates")
    String rates();

    @Message("Percent of a stage's entries that go on to the next. Leave one empty to take it from history.")
    String rates_hint();

    @Message("given")
    String source_given();

    @Message("history {from}…{to}")
    String source_history(String from, String to);

    @Message("Plan")
    String plan();

    @Message("{deals} deals needed")
    String deals(long deals);

    @Message("Each stage is rounded up from the one after it: deals = ⌈goal ÷ average deal value⌉, each earlier stage"
            + " = ⌈next stage ÷ rate⌉.")
    String rounding();

    @Message("Required entries per stage")
    String required();

    @Message("needs {required}")
    String needs(String required);

    @Message("Proposed targets")
    String targets();

    @Message("owns the stage")
    String reason_owns_stage();

    @Message("hands off here")
    String reason_hands_off();

    @Message("holds the goal")
    String reason_goal();

    @Message("changes {from}")
    String changes(String from);

    @Message("unchanged")
    String unchanged();

    @Message("Alignment score")
    String score();

    @Message("now {before}, with the plan {after}")
    String score_change(int before, int after);

    @Message("Handoffs with the plan")
    String handoffs();

    @Message("shared")
    String covered();

    @Message("no shared target")
    String not_covered();

    @Message("Adopt")
    String adopt();

    @Message("Writes the targets of the teams you may edit (a team's existing target for the same metric and period"
            + " is changed) and proposes the others' to their leads.")
    String adopt_hint();

    @Message("Adopted: {written} targets written, {skipped} left for other teams' leads, {proposed} of them proposed"
            + " to those teams.")
    String adopted(int written, int skipped, int proposed);

    @Message("Pick a funnel, a period and a goal, then plan.")
    String empty();
}
