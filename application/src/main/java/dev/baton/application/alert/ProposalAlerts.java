package dev.baton.application.alert;

import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.notification.Letter;
import dev.baton.application.notification.Mailroom;
import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.port.PublicLinks;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The alerts a proposal sends, written by the proposal services in their own transaction: a new proposal alerts the
 * receiving team's owner and leads; an answer (accepted, declined, or superseded because the target changed in
 * between) alerts the person who proposed, or, when they cannot be found, the proposing team's owner and leads. Each
 * also goes to the team's chat webhook (or the company's), when one is set.
 */
@ApplicationScoped
public class ProposalAlerts {

    private final Mailroom mailroom;
    private final TeamRepository teams;
    private final UserAccountRepository accounts;
    private final MetricCatalogProvider catalogs;
    private final PublicLinks links;

    @Inject
    public ProposalAlerts(
            Mailroom mailroom,
            TeamRepository teams,
            UserAccountRepository accounts,
            MetricCatalogProvider catalogs,
            PublicLinks links) {
        this.mailroom = mailroom;
        this.teams = teams;
        this.accounts = accounts;
        this.catalogs = catalogs;
        this.links = links;
    }

    /** A proposal was made: its receiving team's leads hear of it. */
    public void proposed(Proposal proposal) {
        Optional<Team> receiver = teams.findById(proposal.toTeam());
        if (receiver.isEmpty()) {
            return;
        }
        Object from = fromName(proposal);
        String to = receiver.get().name().value();
        for (Recipient lead : mailroom.leadsOf(receiver.get())) {
            Locale language = lead.language();
            mailroom.mail(
                    lead,
                    letter(
                            language,
                            Phrase.of(
                                    "alert.proposal.made.subject",
                                    from,
                                    to,
                                    proposal.period().format()),
                            Phrase.of("alert.proposal.made.opening", lead.name(), from, to),
                            proposal),
                    "proposal");
        }
        chat(
                proposal.toTeam(),
                Phrase.of(
                        "alert.proposal.made.subject",
                        from,
                        to,
                        proposal.period().format()));
    }

    /** A proposal was answered: whoever proposed it hears how. */
    public void answered(Proposal proposal) {
        String to = teams.findById(proposal.toTeam())
                .map(t -> t.name().value())
                .orElse(proposal.toTeam().toString());
        String status = proposal.status().name();
        Phrase subject = Phrase.of(
                "alert.proposal." + status + ".subject", to, proposal.period().format());
        for (Recipient proposer : proposers(proposal)) {
            Locale language = proposer.language();
            mailroom.mail(
                    proposer,
                    letter(
                            language,
                            subject,
                            Phrase.of("alert.proposal." + status + ".opening", proposer.name(), to),
                            proposal),
                    "proposal");
        }
        proposal.fromTeam().ifPresent(team -> chat(team, subject));
    }

    private List<Recipient> proposers(Proposal proposal) {
        Optional<Recipient> person =
                accounts.findByUsername(proposal.proposedBy()).flatMap(account -> mailroom.recipient(account.person()));
        if (person.isPresent()) {
            return List.of(person.get());
        }
        return proposal.fromTeam()
                .flatMap(teams::findById)
                .map(mailroom::leadsOf)
                .orElse(List.of());
    }

    private Letter letter(Locale language, Phrase subject, Phrase opening, Proposal proposal) {
        List<Letter.Line> lines = new ArrayList<>();
        lines.add(Letter.Line.of(word(what(proposal), language), links.to("/proposals")));
        proposal.note()
                .ifPresent(
                        note -> lines.add(Letter.Line.plain(word(Phrase.of("alert.proposal.note", note), language))));
        proposal.decision()
                .flatMap(Proposal.Decision::note)
                .ifPresent(
                        note -> lines.add(Letter.Line.plain(word(Phrase.of("alert.proposal.answer", note), language))));
        return new Letter(
                language,
                word(subject, language),
                word(opening, language),
                List.of(new Letter.Section(word(Phrase.of("alert.proposal.heading"), language), lines, "")),
                List.of());
    }

    /** "new revenue ≥ 150,000 in 2026-Q4". */
    private Phrase what(Proposal proposal) {
        MetricCatalog catalog = catalogs.current();
        Object metric = catalog.find(proposal.metric())
                .<Object>map(definition -> definition.name())
                .orElse(proposal.metric().value());
        return Phrase.of(
                "alert.proposal.what",
                metric,
                threshold(proposal.threshold()),
                proposal.period().format());
    }

    private Object fromName(Proposal proposal) {
        return proposal.fromTeam()
                .flatMap(teams::findById)
                .<Object>map(t -> t.name().value())
                .orElse(Phrase.of("digest.proposal.admin"));
    }

    private void chat(TeamId team, Phrase subject) {
        mailroom.webhookOf(team).ifPresent(webhook -> {
            String headline = word(subject, Phrasebook.ENGLISH);
            mailroom.chat(webhook, headline, headline + " " + links.to("/proposals"), "proposal");
        });
    }

    private static Phrase threshold(Threshold threshold) {
        return switch (threshold.comparison()) {
            case AT_LEAST -> Phrase.of("threshold.AT_LEAST", threshold.lower().orElseThrow());
            case AT_MOST -> Phrase.of("threshold.AT_MOST", threshold.upper().orElseThrow());
            case BETWEEN ->
                Phrase.of(
                        "threshold.BETWEEN",
                        threshold.lower().orElseThrow(),
                        threshold.upper().orElseThrow());
        };
    }

    private static String word(Phrase phrase, Locale language) {
        return Phrasebook.word(phrase, language);
    }
}
