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
}
