package dev.baton.application.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail as the application composes it, every word already in its reader's language: a subject, an opening line,
 * sections of lines (each with the absolute link it points to, if any), and a closing line such as the unsubscribe
 * link. The web adapter lays it out as plain text and as HTML; the application never sees a template.
 *
 * @param listUnsubscribe the reader's signed one-click unsubscribe link ({@link UnsubscribeLinks}), which the mail
 *     carries in its {@code List-Unsubscribe} header; when empty, the {@link Mailroom} adds the reader's own
 */
public record Letter(
        Locale language,
        String subject,
        String opening,
        List<Section> sections,
        List<Line> closing,
        Optional<String> listUnsubscribe) {

    public Letter {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(opening, "opening");
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
        Objects.requireNonNull(listUnsubscribe, "listUnsubscribe");
    }

    /** A letter whose unsubscribe link the {@link Mailroom} adds. */
    public Letter(Locale language, String subject, String opening, List<Section> sections, List<Line> closing) {
        this(language, subject, opening, sections, closing, Optional.empty());
    }

    /** This letter with the reader's one-click unsubscribe link. */
    public Letter withListUnsubscribe(String url) {
        return new Letter(language, subject, opening, sections, closing, Optional.of(url));
    }

    /** A heading and its lines; {@code empty} is said instead when it has none. */
    public record Section(String heading, List<Line> lines, String empty) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            lines = List.copyOf(lines);
            Objects.requireNonNull(empty, "empty");
        }
    }

    /**
     * One line; {@code urgent} marks what needs acting on first (a violation), which the HTML part shows in red.
     *
     * @param link an absolute URL, for a mail is read outside the browser
     */
    public record Line(String text, Optional<String> link, boolean urgent) {
        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(link, "link");
        }

        public static Line of(String text, String link) {
            return new Line(text, Optional.of(link), false);
        }

        public static Line plain(String text) {
            return new Line(text, Optional.empty(), false);
        }
    }

    /** The language as a tag for the HTML part's {@code lang}: {@code en} or {@code zh-CN}. */
    public String languageTag() {
        return language.toLanguageTag();
    }
}
