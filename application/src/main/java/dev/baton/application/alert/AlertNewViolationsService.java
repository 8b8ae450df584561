package dev.baton.application.alert;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.alert.port.AlertLedger;
import dev.baton.application.alignment.StoredPlans;
import dev.baton.application.notification.Letter;
import dev.baton.application.notification.Mailroom;
import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.port.CompanyTimeZone;
import dev.baton.application.notification.port.PublicLinks;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Alerts new violations, once each. Every violation naming a team, in the plans of the running and the next quarter,
 * has a {@link FindingKey}; one the {@link AlertLedger} records afresh is mailed to each of its teams' owner and leads
 * (once per person, in their language) and posted to each team's chat webhook, or the company's (once per webhook,
 * in English), all in this one transaction with the ledger row. Keys no longer among the findings are forgotten, so a
 * violation that comes back is alerted again.
 */
@ApplicationScoped
public class AlertNewViolationsService implements AlertNewViolationsUseCase {

    private final AccessPolicy access;
    private final StoredPlans plans;
    private final TeamRepository teams;
    private final AlertLedger ledger;
    private final Mailroom mailroom;
    private final PublicLinks links;
    private final CompanyTimeZone timeZone;
    private final Clock clock;

    @Inject
    public AlertNewViolationsService(
            AccessPolicy access,
            StoredPlans plans,
            TeamRepository teams,
            AlertLedger ledger,
            Mailroom mailroom,
            PublicLinks links,
            CompanyTimeZone timeZone,
            Clock clock) {
        this.access = access;
        this.plans = plans;
        this.teams = teams;
        this.ledger = ledger;
        this.mailroom = mailroom;
        this.links = links;
        this.timeZone = timeZone;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int alert() {
        access.requireAdmin();
        LocalDate today = clock.instant().atZone(timeZone.zone()).toLocalDate();
        Period running = Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        Set<String> current = new LinkedHashSet<>();
        int alerted = 0;
        for (Period period : List.of(running, running.next())) {
            for (Finding finding : plans.planOf(period).outcome().report().findings()) {
                if (!finding.isViolation() || finding.teams().isEmpty()) {
                    continue;
                }
                String key = FindingKey.of(period, finding);
                if (!current.add(key) || !ledger.record(key)) {
                    continue;
                }
                send(period, finding);
                alerted++;
            }
        }
        ledger.forgetAllBut(current);
        return alerted;
    }

    private void send(Period period, Finding finding) {
        List<Team> named = teams.findAllById(finding.teams()).stream()
                .filter(team -> !team.archived())
                .toList();
        Map<PersonId, Recipient> readers = new LinkedHashMap<>();
        Map<PersonId, Team> firstTeam = new LinkedHashMap<>();
        Set<String> webhooks = new LinkedHashSet<>();
        for (Team team : named) {
            for (Recipient lead : mailroom.leadsOf(team)) {
                readers.putIfAbsent(lead.person(), lead);
                firstTeam.putIfAbsent(lead.person(), team);
            }
            mailroom.webhookOf(team.id()).ifPresent(webhooks::add);
        }
        List<Object> names =
                new ArrayList<>(named.stream().map(t -> t.name().value()).toList());
        for (Recipient reader : readers.values()) {
            Team team = firstTeam.get(reader.person());
            mailroom.mail(reader, letter(reader, period, finding, names, targetsLink(team.id(), period)), "alert");
        }
        if (!named.isEmpty()) {
            String link = targetsLink(named.get(0).id(), period);
            Locale english = Phrasebook.ENGLISH;
            String subject = Phrasebook.word(Phrase.of("alert.violation.subject", names, period.format()), english);
            String text = Phrasebook.word(
                    Phrase.of("alert.violation.chat", names, period.format(), finding.phrase(), link), english);
            webhooks.forEach(webhook -> mailroom.chat(webhook, subject, text, "alert"));
        }
    }

    private Letter letter(Recipient reader, Period period, Finding finding, List<Object> names, String link) {
        Locale language = reader.language();
        return new Letter(
                language,
                Phrasebook.word(Phrase.of("alert.violation.subject", names, period.format()), language),
                Phrasebook.word(Phrase.of("alert.violation.opening", reader.name(), names, period.format()), language),
                List.of(new Letter.Section(
                        Phrasebook.word(Phrase.of("alert.violation.heading"), language),
                        List.of(new Letter.Line(Phrasebook.word(finding.phrase(), language), Optional.of(link), true)),
                        "")),
                List.of(Letter.Line.plain(Phrasebook.word(Phrase.of("alert.violation.closing"), language))));
    }

    private String targetsLink(TeamId team, Period period) {
        return links.to("/targets?team=" + team.value() + "&period=" + period.format());
    }
}
