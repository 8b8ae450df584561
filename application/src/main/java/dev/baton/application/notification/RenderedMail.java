package dev.baton.application.notification;

import java.util.Objects;

/** A letter laid out: its plain-text part and its HTML part (inline styles, no remote images). */
public record RenderedMail(String text, String html) {

    public RenderedMail {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
