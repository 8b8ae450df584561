package dev.baton.application.fakes;

import dev.baton.application.notification.Mailroom;
import dev.baton.application.notification.UnsubscribeLinks;

/** A mailroom over fakes: plain-text rendering, no webhooks, links on {@code https://baton.test} signed with "links". */
public final class PlainMailroom {

    private PlainMailroom() {}

    public static Mailroom over(InMemoryOutbox outbox, InMemoryRecipients recipients) {
        FixedLinks links = new FixedLinks("links");
        return new Mailroom(
                outbox, new PlainMailRendering(), recipients, new FixedWebhooks(), new UnsubscribeLinks(links, links));
    }
}
