package dev.baton.adapters.web.proposal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of proposals and check-ins, used as {@code {prop:key}}. English is written here; Simplified Chinese lives
 * in {@code messages/prop_zh_CN.properties}.
 */
@MessageBundle(value = "prop", locale = "en")
public interface ProposalMessages {

    @Message("Proposals")
    String title();

    @Message(
            "A lead sets only their own team's targets. To ask another team to hold a target, propose it: their owner or lead accepts it (the target is written at once) or declines it.")
    String intro();

    @Message("Waiting for your team")
    String incoming();

    @Message("Proposed by you or your team")
    String outgoing();

    @Message("Between other teams")
    String others();

    @Message("Nothing here.")
    String empty();

    @Message("proposed by {from}, waiting for {to}")
    String waiting(String from, String to);

    @Message("proposed to {to}")
    String proposed_to(String to);

    @Message(
            "{#when status}{#is 'OPEN'}open{#is 'ACCEPTED'}accepted{#is 'DECLINED'}declined{#is 'WITHDRAWN'}withdrawn{#else}superseded{/when}")
    String status(String status);

    @Message("Accept")
    String accept();

    @Message("Decline")
    String decline();

    @Message("Why (optional)")
    String decline_note();

    @Message("Withdraw")
    String withdraw();

    @Message("Propose a target")
    String propose_heading();

    @Message("Propose")
    String propose();

    @Message("Propose to {team}")
    String propose_to(String team);

    @Message("To team")
    String field_team();

    @Message("Metric")
    String field_metric();

    @Message("From stage")
    String field_scope_from();

    @Message("To stage")
    String field_scope_to();

    @Message("Period")
    String field_period();

    @Message("Comparison")
    String field_type();

    @Message("Value")
    String field_value();

    @Message("Minimum")
    String field_min();

    @Message("Maximum")
    String field_max();

    @Message("Note")
    String field_note();

    @Message("Threshold")
    String threshold();

    @Message("Metric")
    String metric();

    @Message("Status")
    String status_heading();

    @Message("Some fields need your attention.")
    String form_has_errors();

    @Message(
            "{#when done}{#is 'made'}Proposal sent.{#is 'accepted'}Accepted: the target is written.{#is 'declined'}Declined.{#is 'withdrawn'}Withdrawn.{#else}The target changed since this proposal was made: it is superseded and nothing was written. Look at the current target and propose again.{/when}")
    String done(String done);

    @Message("{metric} · {team} · {period}")
    String kpi_title(String metric, String team, String period);

    @Message("Actual against target")
    String kpi_history();

    @Message("Actual of {metric} for the last {count} periods, against the target bar")
    String kpi_chart_label(String metric, int count);

    @Message("Period")
    String kpi_period();

    @Message("Actual")
    String kpi_actual();

    @Message("no value yet")
    String kpi_no_value();

    @Message("Pace to date")
    String kpi_pace();

    @Message("to date")
    String kpi_to_date();

    @Message("pace {value}")
    String kpi_pace_marker(String value);

    @Message("{period}: on pace, the actual would be {value} by now")
    String kpi_pace_title(String period, String value);

    @Message("Check-ins")
    String checkins();

    @Message("Check-in recorded.")
    String checkin_recorded();

    @Message("Findings that name this target")
    String kpi_findings();

    @Message("No rule finds anything to say about this target.")
    String kpi_findings_none();

    @Message("No check-in yet.")
    String checkins_none();

    @Message("Confidence")
    String confidence();

    @Message("{#when c}{#is 'ON_TRACK'}on track{#is 'AT_RISK'}at risk{#else}off track{/when}")
    String confidence_name(String c);

    @Message("Forecast for the period's end")
    String forecast();

    @Message("edited by {who} at {at}")
    String edited_by(String who, String at);

    @Message("Record a check-in")
    String checkin_record();

    @Message("Edit")
    String checkin_edit();

    @Message("Edit the check-in of {at}")
    String checkin_edit_label(String at);

    @Message("Edit a check-in · {metric} · {period}")
    String checkin_edit_title(String metric, String period);

    @Message(
            "Saving adds a new wording: the original and every earlier edit stay in the check-in's history, with who wrote each and when.")
    String checkin_edit_intro();

    @Message("What it should say")
    String checkin_edit_heading();

    @Message("Back to the KPI")
    String checkin_back();

    @Message("Save the check-in")
    String checkin_save();

    @Message("Saved. The check-in's earlier wording stays in its history.")
    String checkin_edited();

    @Message(
            "Someone else edited this check-in since you opened the form, so nothing was saved. What it says now is shown here; what you typed is kept in the form: save again to replace it.")
    String checkin_stale();

    @Message("It now says")
    String checkin_now_says();

    @Message("History")
    String checkin_history();

    @Message("written by {who} at {at}")
    String checkin_written_by(String who, String at);

    @Message("Open proposals")
    String open_proposals();

    @Message("No open proposal made by or to {team} for {period}.")
    String open_proposals_none(String team, String period);

    @Message("Audit entries")
    String audit();

    @Message("owner: {#when c}{#is 'ON_TRACK'}on track{#is 'AT_RISK'}at risk{#else}off track{/when}")
    String owner_says(String c);

    @Message("Baton: {#when a}{#is 'ON_TRACK'}on track{#is 'AT_RISK'}at risk{#else}behind{/when}")
    String baton_says(String a);
}
