package dev.baton.adapters.web.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the outbox page, used as {@code {outbox:key}}. English is written here; Simplified Chinese lives in
 * {@code messages/outbox_zh_CN.properties}.
 */
@MessageBundle(value = "outbox", locale = "en")
public interface OutboxMessages {

    @Message("Outbox")
    String title();

    @Message(
            "Every message Baton writes is kept here first and delivered from here: mail once a mail server is configured (BATON_SMTP_HOST), chat posts to their webhook at once. Without a mail server, mail stays kept, and nothing pretends it was sent.")
    String intro();

    @Message("Run the weekly digest now")
    String run_digest();

    @Message("Writes this week's digest for everyone with a sign-in who wants it and has not had it yet.")
    String run_digest_hint();

    @Message(
            "{#when n}{#is 0}No digest written: everyone who wants one has had this week's.{#is 1}1 digest written to the outbox.{#else}{n} digests written to the outbox.{/when}")
    String digest_written(int n);

    @Message("The outbox is empty: Baton has written no message yet.")
    String empty();

    @Message("{#when status}{#is 'KEPT'}kept{#is 'SENT'}sent{#else}failed{/when}")
    String status(String status);

    @Message("{#when channel}{#is 'CHAT'}chat{#else}mail{/when}")
    String channel(String channel);

    @Message("to {to}")
    String to(String to);

    @Message("written {at}")
    String written(String at);

    @Message("{#when count}{#is 0}not attempted yet{#is 1}1 attempt{#else}{count} attempts{/when}")
    String attempts(int count);

    @Message("Sent {at}.")
    String sent_at(String at);

    @Message("The last attempt failed: {reason}")
    String failed_reason(String reason);

    @Message("Next attempt {at}.")
    String next_attempt(String at);

    @Message("Given up after {count} attempts; it is tried no more.")
    String given_up(int count);

    @Message("Plain text")
    String text_part();

    @Message("HTML part, as a mail reader shows it (scripts and links disabled)")
    String html_part();

    @Message("HTML source")
    String html_source();

    @Message("One-click unsubscribe (List-Unsubscribe header): {url}")
    String list_unsubscribe(String url);

    @Message("Show the message")
    String show();
}
