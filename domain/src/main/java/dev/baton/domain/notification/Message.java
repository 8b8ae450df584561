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
 */
public record Message(
        Channel channel, String address, String subject, String text, Optional<String> html, String kind) {

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
    }

    public static Message mail(String to, String subject, String text, String html, String kind) {
        return new Message(Channel.MAIL, to, subject, text, Optional.of(html), kind);
    }

    public static Message chat(String webhookUrl, String headline, String text, String kind) {
        return new Message(Channel.CHAT, webhookUrl, headline, text, Optional.empty(), kind);
    }
}
