package dev.baton.adapters.web.target;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the funnel and target pages, used as {@code {align:key}}. English is written here; Simplified Chinese
 * lives in {@code messages/align_zh_CN.properties}. Findings bring their own text in both languages.
 */
@MessageBundle(value = "align", locale = "en")
public interface AlignMessages {

    @Message("Funnels")
    String funnels_title();

    @Message(
            "Each funnel is an ordered list of stages, each owned by one team. Where two consecutive stages belong to different teams, the customer is handed off: both teams should share a metric there.")
    String funnels_intro();

    @Message("No funnel yet. Define the first one with the form.")
    String funnels_empty();

    @Message("New funnel")
    String funnel_new();

    @Message("Edit funnel")
    String funnel_edit();

    @Message("Stages, in order")
    String funnel_stages();

    @Message("Leave a row empty to skip it. Keys use lower-case letters, digits, '_' and '-'.")
    String funnel_stages_hint();

    @Message("Stage {n}")
    String stage_n(int n);

    @Message("Key")
    String stage_key();

    @Message("Stage name")
    String stage_name();

    @Message("Owning team")
    String stage_team();

    @Message("Create funnel")
    String funnel_create();

    @Message("Save funnel")
    String funnel_save();

    @Message("handoff")
    String handoff();

    @Message("Handoffs")
    String handoffs();

    @Message("No handoff: one team owns every stage.")
    String no_handoffs();

    @Message("Back to the funnels")
    String back_to_funnels();

    @Message("Edit")
    String edit();

    @Message("KPI targets")
    String targets_title();

    @Message("Choose a team and a period to see and set its targets, beside the findings of the alignment rules.")
    String targets_intro();

    @Message("Team")
    String field_team();

    @Message("Period")
    String field_period();

    @Message("Open")
    String open();

    @Message("Targets of {team} for {period}")
    String targets_of(String team, String period);

    @Message("Previous period")
    String period_previous();

    @Message("Next period")
    String period_next();

    @Message("{period} is the first period Baton supports: there is none before it.")
    String period_first(String period);

    @Message("{period} is the last period Baton supports: there is none after it.")
    String period_last(String period);

    @Message("This team holds no target for the period yet.")
    String targets_empty();

    @Message("Metric")
    String field_metric();

    @Message("From stage")
    String field_scope_from();

    @Message("To stage")
    String field_scope_to();

    @Message("Only for metrics measured between two stages (stage conversion rate).")
    String scope_hint();

    @Message("Threshold")
    String field_threshold();

    @Message("{#when type}{#is 'AT_LEAST'}At least{#is 'AT_MOST'}At most{#else}Between{/when}")
    String comparison(String type);

    @Message("Value")
    String field_value();

    @Message("Minimum")
    String field_min();

    @Message("Maximum")
    String field_max();

    @Message("Accountable owner")
    String field_owner();

    @Message("Rationale")
    String field_rationale();

    @Message("Runs against the metric's good direction")
    String runs_against();

    @Message("Add a target")
    String target_new();

    @Message("Change the target")
    String target_change();

    @Message("Preview")
    String preview();

    @Message("Save")
    String save();

    @Message("Cancel")
    String cancel();

    @Message("Change")
    String change();

    @Message("Remove")
    String remove();

    @Message("Copy to next period")
    String copy_next();

    @Message("Copied {copied} target(s) to {period}; {skipped} were already there.")
    String copied(int copied, String period, int skipped);

    @Message("Alignment score")
    String score();

    @Message("Findings for this team")
    String findings();

    @Message("No rule finds anything to say about this team.")
    String findings_none();

    @Message("{#when severity}{#is 'VIOLATION'}Violation{#else}Warning{/when}")
    String severity(String severity);

    @Message("Handoffs this team touches")
    String team_handoffs();

    @Message("covered by")
    String covered_by();

    @Message("no shared metric")
    String not_covered();

    @Message("Suggested shared metrics")
    String suggestions();

    @Message("Adopt")
    String adopt();

    @Message("Adopt with {team}'s bar")
    String adopt_with(String team);

    @Message("Preview of this change")
    String preview_title();

    @Message("Score {before} → {after}. Nothing is saved until you press Save.")
    String preview_score(int before, int after);

    @Message("Findings the change would leave for this team")
    String preview_findings();

    @Message("You may read these targets; only an admin or a lead of the team may change them.")
    String read_only();

    @Message("Choose…")
    String choose();

    @Message("none")
    String none();

    @Message("Last complete periods")
    String context_history();

    @Message("no complete period before")
    String context_no_history();

    @Message("no data")
    String context_no_data();

    @Message("The other teams' targets imply {min} – {max}")
    String context_implied_between(String min, String max);

    @Message("The other teams' targets imply at least {min}")
    String context_implied_at_least(String min);

    @Message("The other teams' targets imply at most {max}")
    String context_implied_at_most(String max);

    @Message("The other teams' targets imply no range for it")
    String context_implied_none();

    @Message("The adopted plan requires {planned}")
    String context_planned(String planned);
}
