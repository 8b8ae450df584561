package dev.baton.application.team.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.person.port.PersonRepository;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.PersonName;
import dev.baton.domain.person.Role;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import dev.baton.domain.team.TeamName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every TeamObligations keeps: what points at a team is counted from the stores of funnels and targets, the
 * stages first. Run against the in-memory fake and the PostgreSQL adapter.
 */
public abstract class TeamObligationsContract extends PortContract {

    protected abstract TeamObligations obligations();

    protected abstract FunnelRepository funnels();

    protected abstract TargetRepository targets();

    protected abstract TeamRepository teams();

    protected abstract PersonRepository people();

    private PersonId owner;
    private TeamId marketing;
    private TeamId sales;

    @BeforeEach
    public void twoTeams() {
        owner = call(() -> people().add(Person.create(
                        people().nextId(),
                        new PersonName("Owner"),
                        new EmailAddress(email("owner")),
                        Set.of(Role.TEAM_LEAD)))
                .id());
        marketing = team(DepartmentKind.MARKETING);
        sales = team(DepartmentKind.SALES);
    }

    private TeamId team(DepartmentKind kind) {
        return call(() -> teams().add(Team.create(teams().nextId(), new TeamName(unique("T")), kind, owner))
                .id());
    }

    private void funnel(Stage... stages) {
        run(() -> funnels().add(new StoredFunnel(funnels().nextId(), Funnel.of(unique("F"), stages), 0)));
    }

    private KpiTarget target(TeamId team, String metric) {
        return call(() -> targets()
                .add(new KpiTarget(
                        KpiTargetId.newId(),
                        team,
                        MetricKey.of(metric),
                        Optional.empty(),
                        Period.parse("2031-Q1"),
                        Threshold.atLeast("10"),
                        owner,
                        Optional.empty(),
                        0)));
    }

    private List<String> owed(TeamId team) {
        return call(() -> obligations().of(team)).stream()
                .map(obligation -> Phrasebook.both(obligation.phrase()).en())
                .toList();
    }

    @Test
    public void aTeamNothingPointsAtOwesNothing() {
        assertThat(owed(marketing)).isEmpty();
    }

    @Test
    public void theStagesATeamOwnsAreOneObligationThatCountsThemAcrossFunnels() {
        funnel(Stage.of("lead", "Lead", marketing), Stage.of("mql", "MQL", marketing), Stage.of("sql", "SQL", sales));
        funnel(Stage.of("visit", "Visit", marketing), Stage.of("won", "Won", sales));

        assertThat(owed(marketing))
                .containsExactly("3 funnel stage(s) owned by the team: give them to another team first");
        assertThat(owed(sales)).containsExactly("2 funnel stage(s) owned by the team: give them to another team first");
    }

    @Test
    public void theTargetsATeamHoldsComeAfterItsStagesAndEachIsWordedInBothLanguages() {
        funnel(Stage.of("sql", "SQL", sales), Stage.of("won", "Won", sales));
        target(sales, "deals");
        target(sales, "new_revenue");
        target(marketing, "leads");

        List<TeamObligation> salesOwes = call(() -> obligations().of(sales));

        assertThat(salesOwes)
                .containsExactly(
                        new TeamObligation(TeamObligation.Kind.FUNNEL_STAGES, 2),
                        new TeamObligation(TeamObligation.Kind.TARGETS, 2));
        List<LocalizedText> worded = salesOwes.stream()
                .map(obligation -> Phrasebook.both(obligation.phrase()))
                .toList();
        assertThat(worded)
                .extracting(LocalizedText::en)
                .containsExactly(
                        "2 funnel stage(s) owned by the team: give them to another team first",
                        "2 KPI target(s) held by the team: remove them first");
        assertThat(worded)
                .allSatisfy(reason -> assertThat(reason.zhCn()).isNotBlank().isNotEqualTo(reason.en()));
        assertThat(owed(marketing)).containsExactly("1 KPI target(s) held by the team: remove them first");
    }

    @Test
    public void aRemovedTargetNoLongerHoldsTheTeam() {
        KpiTarget target = target(marketing, "leads");

        run(() -> targets().remove(target));

        assertThat(owed(marketing)).isEmpty();
    }
}
