package dev.baton.application.digest;

import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.alert.AlertNewViolationsService;
import dev.baton.application.alignment.PlanStore;
import dev.baton.application.fakes.CountingScorecardCacheMetrics;
import dev.baton.application.fakes.FixedLinks;
import dev.baton.application.fakes.FixedWebhooks;
import dev.baton.application.fakes.InMemoryAlertLedger;
import dev.baton.application.fakes.InMemoryCheckIns;
import dev.baton.application.fakes.InMemoryDigestLedger;
import dev.baton.application.fakes.InMemoryOutbox;
import dev.baton.application.fakes.InMemoryProposals;
import dev.baton.application.fakes.InMemoryRecipients;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.fakes.PlainMailRendering;
import dev.baton.application.notification.Mailroom;
import dev.baton.application.notification.Recipient;
import dev.baton.application.notification.UnsubscribeLinks;
import dev.baton.application.scorecard.GetScorecardService;
import dev.baton.domain.alignment.PlanTestData;
import dev.baton.domain.funnel.FunnelTestData;
import dev.baton.domain.notification.Channel;
import dev.baton.domain.notification.Message;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import dev.baton.domain.scorecard.Tolerance;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamName;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small company for the digest and the alerts, over in-memory fakes: Marketing (led by Mia) hands MQLs to Sales (led
 * by Sam) in the running quarter 2026-Q4, Marketing holds no KPI and Sales one, leads, far behind pace. The clock is
 * Monday 16 November 2026, 07:00 UTC.
 */
public final class NotificationFixture {

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T07:00:00Z"));
    public final PlanStore store = new PlanStore();
    public final InMemoryTeams teams = new InMemoryTeams();
    public final InMemoryProposals proposals = new InMemoryProposals();
    public final InMemoryCheckIns checkIns = new InMemoryCheckIns();
    public final InMemoryRecipients recipients = new InMemoryRecipients();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final InMemoryDigestLedger digestLedger = new InMemoryDigestLedger();
    public final InMemoryAlertLedger alertLedger = new InMemoryAlertLedger();
    public final FixedWebhooks webhooks = new FixedWebhooks();
    public final FixedLinks links = new FixedLinks("a key only the instances know");
    public final UnsubscribeLinks unsubscribe = new UnsubscribeLinks(links, links);
    public ZoneId zone = ZoneOffset.UTC;
    public Actor actor = Actor.system();

    private final AtomicInteger commits = new AtomicInteger();
    private long nextPerson = 100;

    public final Recipient mia = lead("Mia Marketing", Locale.ENGLISH, Role.TEAM_LEAD);
    public final Recipient sam = lead("Sam Sales", Locale.ENGLISH, Role.TEAM_LEAD);
    public final Team marketing =
            teams.add(Team.create(MARKETING, new TeamName("Marketing"), DepartmentKind.MARKETING, mia.person()));
    public final Team sales = teams.add(Team.create(SALES, new TeamName("Sales"), DepartmentKind.SALES, sam.person()));

    /** Sales' one target: at least 1,000 leads in 2026-Q4, owned by Sam. */
    public KpiTarget salesLeads;

    public NotificationFixture() {
        store.teams.add(PlanTestData.marketing());
        store.teams.add(PlanTestData.sales());
        store.funnel(FunnelTestData.aFunnel()
                .stage("mql", MARKETING)
                .stage("sql", SALES)
                .build());
        salesLeads = store.targets.add(dev.baton.domain.target.TargetTestData.aTarget()
                .forTeam(SALES)
                .on("leads")
                .in("2026-Q4")
                .atLeast("1000")
                .ownedBy(sam.person())
                .build());
        store.record("2026-10", "leads", 10);
        store.actor.set(Actor.system());
    }

    /** A person who can sign in, with these roles, who wants the digest. */
    public Recipient lead(String name, Locale language, Role... roles) {
        return person(name, language, true, roles);
    }

    public Recipient person(String name, Locale language, boolean digestWanted, Role... roles) {
        long id = nextPerson++;
        return recipients.add(new Recipient(
                new PersonId(id),
                name,
                new EmailAddress(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com"),
                EnumSet.of(roles[0], roles),
                language,
                digestWanted));
    }

    public AccessPolicy access() {
        return new AccessPolicy(() -> actor, new TeamLeadership(teams));
    }

    public Mailroom mailroom() {
        return new Mailroom(outbox, new PlainMailRendering(), recipients, webhooks, unsubscribe);
    }

    public RunDigestService digest() {
        AccessPolicy access = access();
        GetScorecardService scorecards = new GetScorecardService(
                store.storedPlans(clock),
                store.ledger(),
                () -> Tolerance.DEFAULT,
                access,
                () -> "v" + commits.incrementAndGet(),
                clock,
                new CountingScorecardCacheMetrics());
        return new RunDigestService(
                access,
                scorecards,
                teams,
                proposals,
                checkIns,
                digestLedger,
                mailroom(),
                links,
                unsubscribe,
                () -> zone,
                clock,
                recipients);
    }

    public AlertNewViolationsService alerts() {
        return new AlertNewViolationsService(
                access(), store.storedPlans(clock), teams, alertLedger, mailroom(), links, () -> zone, clock);
    }

    /** The mails kept for this recipient, oldest first. */
    public List<Message> mailsTo(Recipient recipient) {
        return outbox.kept().stream()
                .filter(m -> m.channel() == Channel.MAIL
                        && m.address().equals(recipient.email().value()))
                .toList();
    }

    public List<Message> chats() {
        return outbox.kept().stream().filter(m -> m.channel() == Channel.CHAT).toList();
    }

    public Message onlyMailTo(Recipient recipient) {
        List<Message> mails = mailsTo(recipient);
        if (mails.size() != 1) {
            throw new AssertionError("expected one mail to " + recipient.name() + ", got " + mails.size());
        }
        return mails.get(0);
    }

    public static String html(Message message) {
        return message.html().orElseThrow();
    }
}
