package dev.baton.application.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.alert.ProposalAlerts;
import dev.baton.application.audit.AuditEntry;
import dev.baton.application.audit.Auditor;
import dev.baton.application.fakes.FixedLinks;
import dev.baton.application.fakes.InMemoryAccounts;
import dev.baton.application.fakes.InMemoryCustomMetrics;
import dev.baton.application.fakes.InMemoryOutbox;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryProposals;
import dev.baton.application.fakes.InMemoryRecipients;
import dev.baton.application.fakes.InMemoryTargets;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.fakes.PlainMailroom;
import dev.baton.application.metric.MetricCatalogProvider;
import dev.baton.application.notification.Recipient;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.RefusedException;
import dev.baton.application.signin.UserAccount;
import dev.baton.application.target.TargetChecks;
import dev.baton.application.target.ThresholdInput;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.notification.Message;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The proposal services over in-memory fakes of their ports. */
class ProposalServicesTest {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryTargets targets = new InMemoryTargets();
    private final InMemoryProposals proposals = new InMemoryProposals();
    private final List<AuditEntry> trail = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private Actor actor = Actor.anonymous();

    private final Person marketingLead = people.withRoles("Mia Marketing", Role.TEAM_LEAD);
    private final Person salesLead = people.withRoles("Sam Sales", Role.TEAM_LEAD);
    private final Person productLead = people.withRoles("Pat Product", Role.TEAM_LEAD);
    private final Person admin = people.withRoles("Ada Admin", Role.ADMIN);
    private final Team marketing = team(1, "Marketing", DepartmentKind.MARKETING, marketingLead);
    private final Team sales = team(2, "Sales", DepartmentKind.SALES, salesLead);
    private final Team product = team(3, "Product", DepartmentKind.PRODUCT, productLead);

    private final AccessPolicy access = new AccessPolicy(() -> actor, new TeamLeadership(teams));
    private final Auditor auditor = new Auditor(trail::add, () -> actor, clock);
    private final MetricCatalogProvider catalogs = new MetricCatalogProvider(new InMemoryCustomMetrics());
    private final TargetChecks checks = new TargetChecks(teams, people, null);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryRecipients recipients = new InMemoryRecipients();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final ProposalAlerts alerts = new ProposalAlerts(
            PlainMailroom.over(outbox, recipients), teams, accounts, catalogs, new FixedLinks("links"));
    private final ProposeTargetService propose =
            new ProposeTargetService(access, proposals, targets, teams, checks, catalogs, auditor, clock, alerts);
    private final AcceptProposalService accept =
            new AcceptProposalService(access, proposals, targets, teams, checks, catalogs, auditor, clock, alerts);
    private final DeclineProposalService decline =
            new DeclineProposalService(access, proposals, teams, auditor, clock, alerts);
    private final WithdrawProposalService withdraw =
            new WithdrawProposalService(access, proposals, teams, auditor, clock);

    {
        for (Person person : List.of(marketingLead, salesLead, productLead, admin)) {
            recipients.add(new Recipient(
                    person.id(), person.name().value(), person.email(), person.roles(), Locale.ENGLISH, true));
            accounts.add(new UserAccount(person.name().value(), "hash", person.id()));
        }
    }

    /** The subjects of the mails kept for this person, oldest first. */
    private List<String> mailedTo(Person person) {
        return outbox.kept().stream()
                .filter(m -> m.address().equals(person.email().value()))
                .map(Message::subject)
                .toList();
    }

    private Team team(long id, String name, DepartmentKind kind, Person owner) {
        Team team = Team.create(new TeamId(id), new TeamName(name), kind, owner.id());
        teams.with(team);
        return team;
    }

    private void signIn(Person person) {
        actor = new Actor(person.name().value(), Optional.of(person.id()), person.roles(), true);
    }

    private static ProposalInput revenueFor(Team to, long bar) {
        return new ProposalInput(
                null,
                to.id().value(),
                "new_revenue",
                null,
                null,
                "2026-Q4",
                new ThresholdInput("AT_LEAST", BigDecimal.valueOf(bar), null, null),
                "share new revenue with us at MQL → SQL");
    }

    private ProposalDetails marketingProposesToSales() {
        signIn(marketingLead);
        return propose.propose(ProposeTargetCommand.of(revenueFor(sales, 150_000)));
    }

    @Test
    void aProposalIsMadeForTheLeadsOwnTeamAndAudited() {
        ProposalDetails made = marketingProposesToSales();
        assertThat(made.proposal().fromTeam()).contains(marketing.id());
        assertThat(made.fromTeamName()).contains("Marketing");
        assertThat(made.toTeamName()).isEqualTo("Sales");
        assertThat(made.proposal().status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("propose");
        assertThat(mailedTo(salesLead)).containsExactly("Marketing proposes a target to Sales — 2026-Q4");
        assertThat(mailedTo(marketingLead)).isEmpty();
        assertThat(outbox.kept().get(0).text()).contains("New revenue ≥ 150,000 in 2026-Q4");
    }

    @Test
    void acceptingWritesTheTargetForTheReceivingTeamsOwner() {
        ProposalDetails made = marketingProposesToSales();
        signIn(salesLead);
        AcceptOutcome outcome =
                accept.accept(DecideProposalCommand.of(made.proposal().id().toString(), null));
        assertThat(outcome.superseded()).isFalse();
        assertThat(outcome.proposal().proposal().status()).isEqualTo(ProposalStatus.ACCEPTED);
        KpiTarget written = targets.of(sales.id(), Period.parse("2026-Q4")).get(0);
        assertThat(written.metric()).isEqualTo(MetricKey.of("new_revenue"));
        assertThat(written.threshold()).isEqualTo(Threshold.atLeast("150000"));
        assertThat(written.owner()).isEqualTo(salesLead.id());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("propose", "accept", "set");
        assertThat(mailedTo(marketingLead)).containsExactly("Sales accepted your proposal — 2026-Q4");
    }

    @Test
    void acceptingChangesTheExistingTargetOnTheSameSlot() {
        KpiTarget existing = targets.add(salesRevenue(100_000));
        ProposalDetails made = marketingProposesToSales();
        signIn(salesLead);
        accept.accept(DecideProposalCommand.of(made.proposal().id().toString(), null));
        KpiTarget changed = targets.findById(existing.id()).orElseThrow();
        assertThat(changed.threshold()).isEqualTo(Threshold.atLeast("150000"));
        assertThat(targets.of(sales.id(), Period.parse("2026-Q4"))).hasSize(1);
    }

    @Test
    void aTargetChangedSinceTheProposalSupersedesItAndNothingIsWritten() {
        KpiTarget existing = targets.add(salesRevenue(100_000));
        ProposalDetails made = marketingProposesToSales();
        KpiTarget moved = targets.update(existing.withThreshold(Threshold.atLeast("120000")));
        signIn(salesLead);
        AcceptOutcome outcome =
                accept.accept(DecideProposalCommand.of(made.proposal().id().toString(), null));
        assertThat(outcome.superseded()).isTrue();
        assertThat(outcome.target().map(t -> t.target())).contains(moved);
        assertThat(proposals.findById(made.proposal().id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.SUPERSEDED);
        assertThat(targets.findById(existing.id()).orElseThrow().threshold()).isEqualTo(Threshold.atLeast("120000"));
        assertThat(mailedTo(marketingLead)).containsExactly("Your proposal to Sales was superseded — 2026-Q4");
    }

    @Test
    void decliningKeepsNothingAndClosesTheProposal() {
        ProposalDetails made = marketingProposesToSales();
        signIn(salesLead);
        ProposalDetails declined =
                decline.decline(DecideProposalCommand.of(made.proposal().id().toString(), "not now"));
        assertThat(declined.proposal().status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(declined.proposal().decision().orElseThrow().note()).contains("not now");
        assertThat(targets.of(sales.id(), Period.parse("2026-Q4"))).isEmpty();
        assertThat(mailedTo(marketingLead)).containsExactly("Sales declined your proposal — 2026-Q4");
        assertThat(outbox.kept().get(1).text()).contains("The answer: not now");
        assertThatThrownBy(() -> accept.accept(
                        DecideProposalCommand.of(made.proposal().id().toString(), null)))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void aThirdTeamsLeadMayNotDecide() {
        ProposalDetails made = marketingProposesToSales();
        signIn(productLead);
        assertThatThrownBy(() -> accept.accept(
                        DecideProposalCommand.of(made.proposal().id().toString(), null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> decline.decline(
                        DecideProposalCommand.of(made.proposal().id().toString(), null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(targets.of(sales.id(), Period.parse("2026-Q4"))).isEmpty();
    }

    @Test
    void anAdminDecidesForAnyTeam() {
        ProposalDetails made = marketingProposesToSales();
        signIn(admin);
        assertThat(accept.accept(DecideProposalCommand.of(made.proposal().id().toString(), null))
                        .proposal()
                        .proposal()
                        .status())
                .isEqualTo(ProposalStatus.ACCEPTED);
    }

    @Test
    void proposingToOnesOwnTeamIsRefusedAsSetItDirectly() {
        signIn(marketingLead);
        assertThatThrownBy(() -> propose.propose(ProposeTargetCommand.of(revenueFor(marketing, 1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("toTeam"));
        assertThat(proposals.find(Optional.empty(), Optional.empty(), Optional.empty()))
                .isEmpty();
    }

    @Test
    void anUnknownMetricIsRefusedBeforeAnythingIsStored() {
        signIn(marketingLead);
        ProposalInput in = new ProposalInput(
                null,
                sales.id().value(),
                "no_such_metric",
                null,
                null,
                "2026-Q4",
                new ThresholdInput("AT_LEAST", BigDecimal.ONE, null, null),
                null);
        assertThatThrownBy(() -> propose.propose(ProposeTargetCommand.of(in)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(proposals.find(Optional.empty(), Optional.empty(), Optional.empty()))
                .isEmpty();
    }

    @Test
    void onlyTheProposerWithdrawsWhileItIsOpen() {
        ProposalDetails made = marketingProposesToSales();
        String id = made.proposal().id().toString();
        signIn(salesLead);
        assertThatThrownBy(() -> withdraw.withdraw(DecideProposalCommand.of(id, null)))
                .isInstanceOf(ForbiddenException.class);
        signIn(marketingLead);
        assertThat(withdraw.withdraw(DecideProposalCommand.of(id, null))
                        .proposal()
                        .status())
                .isEqualTo(ProposalStatus.WITHDRAWN);
        assertThatThrownBy(() -> withdraw.withdraw(DecideProposalCommand.of(id, null)))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void theSecondOfTwoDecisionsOnTheSameVersionLoses() {
        ProposalDetails made = marketingProposesToSales();
        clock.advance(Duration.ofMinutes(1));
        proposals.update(made.proposal().accepted("someone", clock.instant()));
        assertThatThrownBy(() -> proposals.update(made.proposal().declined("other", clock.instant(), Optional.empty())))
                .isInstanceOf(ConcurrentEditException.class);
    }

    private KpiTarget salesRevenue(long bar) {
        return new KpiTarget(
                KpiTargetId.newId(),
                sales.id(),
                MetricKey.of("new_revenue"),
                Optional.empty(),
                Period.parse("2026-Q4"),
                Threshold.atLeast(BigDecimal.valueOf(bar)),
                salesLead.id(),
                Optional.empty(),
                0);
    }
}
