package dev.baton.application.fakes;

import dev.baton.application.notification.Letter;
import dev.baton.application.notification.RenderedMail;
import dev.baton.application.notification.port.MailRendering;

/**
 * Lays a letter out in the simplest way that keeps every word and link, so a service test can read what was written:
 * each line with its link after it, in both parts.
 */
public final class PlainMailRendering implements MailRendering {

    @Override
    public RenderedMail render(Letter letter) {
        StringBuilder text = new StringBuilder(letter.opening()).append('\n');
        for (Letter.Section section : letter.sections()) {
            text.append("\n").append(section.heading()).append('\n');
            if (section.lines().isEmpty()) {
                text.append(section.empty()).append('\n');
            }
            section.lines().forEach(line -> text.append("- ").append(line(line)).append('\n'));
        }
        text.append('\n');
        letter.closing().forEach(line -> text.append(line(line)).append('\n'));
        return new RenderedMail(text.toString(), "<pre>" + text + "</pre>");
    }

    private static String line(Letter.Line line) {
        return line.text() + line.link().map(link -> " " + link).orElse("");
    }
}
