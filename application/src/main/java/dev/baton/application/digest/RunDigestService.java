package dev.baton.application.digest;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.checkin.port.CheckInRepository;
import dev.baton.application.digest.port.DigestLedger;
import dev.baton.application.notification.IsoWeek;
import dev.baton.application.notification.Mailroom;
import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.UnsubscribeLinks;
import dev.baton.application.notification.port.CompanyTimeZone;
import dev.baton.application.notification.port.PublicLinks;
import dev.baton.application.notification.port.Recipients;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.scorecard.GetScorecardUseCase;
import dev.baton.application.scorecard.Scorecard;
import dev.baton.application.scorecard.ScorecardQuery;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.alignment.AlignmentReport;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.scorecard.Attainment;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The weekly digest. The company's scorecard of the running quarter is computed once; then, for each person with a
 * sign-in who wants the digest (in person-id order, so two runs at once wait on each other rather than deadlock), the
 * person's week is claimed in the {@link DigestLedger} and, when the claim is new, their digest is kept in the outbox,
 * both in this one transaction. A second run in the same week, here or on another instance, finds every claim taken
 * and writes nothing. The headline goes to the company's chat webhook once a week, when one is set.
 */
@ApplicationScoped
public class RunDigestService implements RunDigestUseCase {

    /** A target whose last check-in is older than this is listed for its lead. */
    public static final Duration CHECK_IN_DUE = Duration.ofDays(14);

    /** How many of the teams most behind the executive part names. */
    public static final int TEAMS_BEHIND = 3;

    private static final Set<Attainment> BEHIND = Set.of(Attainment.AT_RISK, Attainment.OFF_TRACK);

    private final AccessPolicy access;
    private final GetScorecardUseCase scorecards;
    private final TeamRepository teams;
    private final ProposalRepository proposals;
    private final CheckInRepository checkIns;
    private final DigestLedger ledger;
    private final Mailroom mailroom;
    private final PublicLinks links;
    private final UnsubscribeLinks unsubscribe;
    private final CompanyTimeZone timeZone;
    private final Clock clock;
    private final Recipients everyone;

    @Inject
    public RunDigestService(
            AccessPolicy access,
            GetScorecardUseCase scorecards,
            TeamRepository teams,
            ProposalRepository proposals,
            CheckInRepository checkIns,
            DigestLedger ledger,
            Mailroom mailroom,
            PublicLinks links,
            UnsubscribeLinks unsubscribe,
            CompanyTimeZone timeZone,
            Clock clock,
            Recipients everyone) {
        this.access = access;
        this.scorecards = scorecards;
        this.teams = teams;
        this.proposals = proposals;
        this.checkIns = checkIns;
        this.ledger = ledger;
        this.mailroom = mailroom;
        this.links = links;
        this.unsubscribe = unsubscribe;
        this.timeZone = timeZone;
        this.clock = clock;
        this.everyone = everyone;
    }

    @Override
    @Transactional
    public DigestRun run() {
        access.requireAdmin();
        Instant now = clock.instant();
        ZoneId zone = timeZone.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        IsoWeek week = IsoWeek.of(today);
        Period period = Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        Scorecard scorecard = scorecards.scorecard(new ScorecardQuery(Optional.of(period)));
        AlignmentReport report = scorecard.alignment().report();
        Digest.Headline headline = new Digest.Headline(report.score(), report.violations(), behind(scorecard.teams()));
        Optional<Integer> lastWeek = ledger.scoreOf(week.previous(), period);
        int written = 0;
        for (Recipient recipient : everyone.all()) {
            if (!recipient.digestWanted()) {
                continue;
            }
            if (!ledger.claim(recipient.person(), week, period, report.score())) {
                continue;
            }
            Digest digest = new Digest(
                    recipient,
                    period,
                    week,
                    headline,
                    leadPart(recipient, scorecard, now, zone),
                    recipient.hasRole(Role.EXECUTIVE)
                            ? Optional.of(executivePart(scorecard, lastWeek))
                            : Optional.empty(),
                    scorecardLink(period),
                    unsubscribe.urlFor(recipient.person()));
            mailroom.mail(recipient, DigestLetters.letterOf(digest), "digest");
            written++;
        }
        if (written > 0) {
            Optional<String> webhook = mailroom.companyWebhook();
            if (webhook.isPresent() && ledger.claimHeadlinePost(week)) {
                String subject = DigestLetters.subject(headline, period, DigestLetters.CHAT_LANGUAGE);
                mailroom.chat(webhook.get(), subject, subject + " " + scorecardLink(period), "digest");
            }
        }
        return new DigestRun(written);
    }

    private Optional<Digest.LeadPart> leadPart(Recipient recipient, Scorecard scorecard, Instant now, ZoneId zone) {
        List<Team> led = teams.findAllById(teams.ledBy(recipient.person())).stream()
                .filter(team -> !team.archived())
                .filter(team -> team.isLedBy(recipient.person()) || recipient.hasRole(Role.TEAM_LEAD))
                .sorted(Comparator.comparing((Team team) -> team.name().value()))
                .toList();
        if (led.isEmpty()) {
            return Optional.empty();
        }
        Set<TeamId> ids = led.stream().map(Team::id).collect(Collectors.toSet());
        Period period = scorecard.period();
        List<Digest.Item> findings = new ArrayList<>();
        scorecard.alignment().report().findings().stream()
                .filter(finding -> finding.teams().stream().anyMatch(ids::contains))
                .sorted(Comparator.comparing((Finding finding) -> !finding.isViolation()))
                .forEach(finding -> findings.add(new Digest.Item(
                        Phrase.of("digest.finding." + finding.severity().name(), finding.phrase()),
                        targetsLink(
                                finding.teams().stream()
                                        .filter(ids::contains)
                                        .findFirst()
                                        .orElseThrow(),
                                period),
                        finding.isViolation())));
        List<Digest.Item> kpis = new ArrayList<>();
        List<Scorecard.KpiLine> lines = new ArrayList<>();
        for (Scorecard.TeamCard card : scorecard.teams()) {
            if (!ids.contains(card.team().id())) {
                continue;
            }
            for (Scorecard.KpiLine line : card.kpis()) {
                lines.add(line);
                Attainment attainment = line.standing().attainment();
                if (BEHIND.contains(attainment)) {
                    String variant = line.standing().pace().isPresent() ? ".pace" : "";
                    kpis.add(new Digest.Item(
                            Phrase.of(
                                    "digest.kpi." + attainment.name() + variant,
                                    card.team().name(),
                                    line.metric().name()),
                            kpiLink(line),
                            attainment == Attainment.OFF_TRACK));
                }
            }
        }
        MetricCatalog catalog = scorecard.catalog();
        List<Digest.Item> waiting = new ArrayList<>();
        for (Team team : led) {
            for (Proposal proposal :
                    proposals.find(Optional.of(team.id()), Optional.of(ProposalStatus.OPEN), Optional.empty())) {
                if (!proposal.toTeam().equals(team.id())) {
                    continue;
                }
                Object from = proposal.fromTeam()
                        .flatMap(teams::findById)
                        .<Object>map(t -> t.name().value())
                        .orElse(Phrase.of("digest.proposal.admin"));
                waiting.add(new Digest.Item(
                        Phrase.of(
                                "digest.proposal",
                                from,
                                team.name().value(),
                                metricName(catalog, proposal.metric()),
                                threshold(proposal.threshold()),
                                proposal.period().format()),
                        links.to("/proposals"),
                        false));
            }
        }
        Map<KpiTargetId, CheckIn> latest =
                checkIns.latestOf(lines.stream().map(line -> line.target().id()).toList());
        List<Digest.Item> due = new ArrayList<>();
        Map<TeamId, String> names =
                led.stream().collect(Collectors.toMap(Team::id, t -> t.name().value()));
        for (Scorecard.KpiLine line : lines) {
            CheckIn last = latest.get(line.target().id());
            String team = names.get(line.target().team());
            if (last == null) {
                due.add(new Digest.Item(
                        Phrase.of("digest.checkIn.never", team, line.metric().name()), kpiLink(line), false));
            } else if (last.recordedAt().isBefore(now.minus(CHECK_IN_DUE))) {
                due.add(new Digest.Item(
                        Phrase.of(
                                "digest.checkIn.old",
                                team,
                                line.metric().name(),
                                last.recordedAt().atZone(zone).toLocalDate().toString()),
                        kpiLink(line),
                        false));
            }
        }
        return Optional.of(
                new Digest.LeadPart(led.stream().map(t -> t.name().value()).toList(), findings, kpis, waiting, due));
    }

    private Digest.ExecutivePart executivePart(Scorecard scorecard, Optional<Integer> lastWeek) {
        AlignmentReport report = scorecard.alignment().report();
        List<Digest.Item> violations = report.findings().stream()
                .filter(Finding::isViolation)
                .map(finding -> new Digest.Item(
                        Phrase.of("digest.finding.VIOLATION", finding.phrase()),
                        finding.teams().isEmpty()
                                ? scorecardLink(scorecard.period())
                                : targetsLink(finding.teams().get(0), scorecard.period()),
                        true))
                .toList();
        List<Digest.Item> teamsBehind = scorecard.teams().stream()
                .filter(card -> behind(List.of(card)) > 0)
                .sorted(Comparator.comparingLong((Scorecard.TeamCard card) -> -behind(List.of(card)))
                        .thenComparing(card -> card.team().name()))
                .limit(TEAMS_BEHIND)
                .map(card -> new Digest.Item(
                        Phrase.of("digest.team.behind", card.team().name(), behind(List.of(card)), (long)
                                card.kpis().size()),
                        targetsLink(card.team().id(), scorecard.period()),
                        false))
                .toList();
        return new Digest.ExecutivePart(
                report.score(), lastWeek.map(previous -> report.score() - previous), violations, teamsBehind);
    }

    private static long behind(List<Scorecard.TeamCard> cards) {
        return cards.stream()
                .flatMap(card -> card.kpis().stream())
                .filter(line -> BEHIND.contains(line.standing().attainment()))
                .count();
    }

    private static Object metricName(MetricCatalog catalog, MetricKey metric) {
        return catalog.find(metric).<Object>map(definition -> definition.name()).orElse(metric.value());
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

    private String targetsLink(TeamId team, Period period) {
        return links.to("/targets?team=" + team.value() + "&period=" + period.format());
    }

    private String kpiLink(Scorecard.KpiLine line) {
        return links.to("/kpis/" + line.target().id());
    }

    private String scorecardLink(Period period) {
        return links.to("/scorecard?period=" + period.format());
    }
}
