package dev.baton.domain.notification;

import java.util.Objects;
import java.util.Optional;

/**
 * One message Baton means to deliver, worded already in its reader's language.
 *
 * <p>For {@link Channel#MAIL} the address is an e-mail address and both parts are set; for
 * {@link Channel#CHAT} it is the incoming-webhook URL, the subject is the headline and the text is
 * what is posted as {@code {"text": …}}; a chat message has no HTML part.
 *
 * @param kind what the message is about, for the outbox's readers: {@code digest}, {@code alert},
 *     {@code proposal}
 * @param listUnsubscribe for a mail, the absolute one-click unsubscribe URL its {@code List-Unsubscribe} header names
 *     (RFC 8058); empty for a chat post and for a mail kept before the header existed
 */
public record Message(
        Channel channel,
        String address,
        String subject,
        String text,
        Optional<String> html,
        String kind,
        Optional<String> listUnsubscribe) {

    public Message {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(html, "html");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("a message needs an address");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a message needs a subject");
        }
        Objects.requireNonNull(text, "text");
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("a message needs a kind");
        }
        if (channel == Channel.CHAT && html.isPresent()) {
            throw new IllegalArgumentException("a chat message has no HTML part");
        }
        Objects.requireNonNull(listUnsubscribe, "listUnsubscribe");
        if (listUnsubscribe.isPresent()) {
            if (channel == Channel.CHAT) {
                throw new IllegalArgumentException("a chat message has no unsubscribe header");
            }
            listUnsubscribe.ifPresent(Message::requireHeaderSafeUrl);
        }
    }

    /** A message without an unsubscribe header. */
    public Message(Channel channel, String address, String subject, String text, Optional<String> html, String kind) {
        this(channel, address, subject, text, html, kind, Optional.empty());
    }

    /** This mail with the one-click unsubscribe URL its {@code List-Unsubscribe} header names. */
    public Message withListUnsubscribe(String url) {
        return new Message(channel, address, subject, text, html, kind, Optional.of(url));
    }

    // The URL goes into a header between angle brackets: nothing that could end the bracket or the header line.
    private static void requireHeaderSafeUrl(String url) {
        boolean web = url.startsWith("https://") || url.startsWith("http://");
        if (!web || url.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == ',' || c >= 0x7f)) {
            throw new IllegalArgumentException("an unsubscribe URL is an absolute http(s) URL of plain characters");
        }
    }

    public static Message mail(String to, String subject, String text, String html, String kind) {
        return new Message(Channel.MAIL, to, subject, text, Optional.of(html), kind);
    }

    public static Message chat(String webhookUrl, String headline, String text, String kind) {
        return new Message(Channel.CHAT, webhookUrl, headline, text, Optional.empty(), kind);
    }
}
