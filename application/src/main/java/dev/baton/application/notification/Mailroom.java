package dev.baton.application.notification;

import dev.baton.application.notification.port.MailRendering;
import dev.baton.application.notification.port.Outbox;
import dev.baton.application.notification.port.Recipients;
import dev.baton.application.notification.port.Webhooks;
import dev.baton.domain.notification.Message;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the digest and the alerts post their letters: each is laid out and kept in the outbox, in the caller's
 * transaction, so a message exists exactly when the change that caused it is committed. Also answers who leads a team
 * as far as mail goes: its owner and the members holding the team-lead role, each when they can sign in.
 */
@ApplicationScoped
public class Mailroom {

    private final Outbox outbox;
    private final MailRendering rendering;
    private final Recipients recipients;
    private final Webhooks webhooks;
    private final UnsubscribeLinks unsubscribe;

    @Inject
    public Mailroom(
            Outbox outbox,
            MailRendering rendering,
            Recipients recipients,
            Webhooks webhooks,
            UnsubscribeLinks unsubscribe) {
        this.outbox = outbox;
        this.rendering = rendering;
        this.recipients = recipients;
        this.webhooks = webhooks;
        this.unsubscribe = unsubscribe;
    }

    /**
     * Keeps the letter as a mail to the recipient; answers the outbox entry's id. Every mail carries a one-click
     * unsubscribe link for its {@code List-Unsubscribe} header (RFC 8058): the letter's, or else the recipient's own.
     */
    public long mail(Recipient to, Letter letter, String kind) {
        RenderedMail rendered = rendering.render(letter);
        String link = letter.listUnsubscribe().orElseGet(() -> unsubscribe.urlFor(to.person()));
        return outbox.keep(Message.mail(to.email().value(), letter.subject(), rendered.text(), rendered.html(), kind)
                .withListUnsubscribe(link));
    }

    /** Where a team's chat posts go: its own webhook, else the company's; empty when neither is set. */
    public Optional<String> webhookOf(TeamId team) {
        return webhooks.team(team).or(webhooks::company);
    }

    /** The company's webhook, when one is set. */
    public Optional<String> companyWebhook() {
        return webhooks.company();
    }

    /** Keeps a post of {@code {"text": …}} to this webhook. */
    public void chat(String webhook, String headline, String text, String kind) {
        outbox.keep(Message.chat(webhook, headline, text, kind));
    }

    /** The team's owner and its members with the team-lead role who can sign in, owner first. */
    public List<Recipient> leadsOf(Team team) {
        Set<PersonId> people = new LinkedHashSet<>();
        people.add(team.owner());
        people.addAll(team.members());
        List<Recipient> leads = new ArrayList<>();
        for (PersonId person : people) {
            recipients
                    .find(person)
                    .filter(r -> r.person().equals(team.owner()) || r.hasRole(Role.TEAM_LEAD))
                    .ifPresent(leads::add);
        }
        return leads;
    }

    /** This person, when they can sign in. */
    public Optional<Recipient> recipient(PersonId person) {
        return recipients.find(person);
    }
}
