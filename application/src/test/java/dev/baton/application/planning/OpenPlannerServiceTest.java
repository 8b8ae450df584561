package dev.baton.application.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.World;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.shared.FieldError;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan page's read over in-memory fakes: the funnels always, the plan once a funnel and a goal are asked for. */
class OpenPlannerServiceTest {

    private final World world = new World();
    private final Person mia = world.person("Mia Marketing", Role.TEAM_LEAD);
    private final Person sam = world.person("Sam Sales", Role.TEAM_LEAD);
    private final Team marketing = world.team("Marketing", DepartmentKind.MARKETING, mia);
    private final Team sales = world.team("Sales", DepartmentKind.SALES, sam);
    private final StoredFunnel main = world.funnel(
            "Main",
            Stage.of("mql", "MQL", marketing.id()),
            Stage.of("sql", "SQL", sales.id()),
            Stage.of("won", "Won", sales.id()));
    private final StoredFunnel partners =
            world.funnel("Partners", Stage.of("referral", "Referral", sales.id()), Stage.of("won", "Won", sales.id()));
    private final OpenPlannerService service =
            new OpenPlannerService(world.waterfallPlanner(), world.funnels, world.access());

    OpenPlannerServiceTest() {
        world.signIn(sam);
    }

    private WaterfallRequest request(Long funnel, String goal, String wonStage) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("mql>sql", new BigDecimal("40"));
        rates.put("sql>won", new BigDecimal("25"));
        return new WaterfallRequest(
                funnel,
                "2027-Q1",
                goal == null ? null : new WaterfallRequest.GoalInput("new_revenue", new BigDecimal(goal)),
                wonStage,
                new BigDecimal("10000"),
                rates,
                null);
    }

    @Test
    void withoutAFunnelOrAGoalTheDeskListsTheFunnelsAndPlansNothing() {
        PlannerDesk desk = service.open(request(null, "100000", "won"));
        PlannerDesk noGoal = service.open(request(main.id(), null, "won"));

        assertThat(desk.funnels()).extracting(StoredFunnel::id).containsExactly(main.id(), partners.id());
        assertThat(desk.plan()).isEmpty();
        assertThat(desk.errors()).isEmpty();
        assertThat(noGoal.plan()).isEmpty();
        assertThat(noGoal.errors()).isEmpty();
    }

    @Test
    void aFunnelAndAGoalPlanTheWaterfallBackFromTheWonStage() {
        PlannerDesk desk = service.open(request(main.id(), "100000", "won"));

        WaterfallOutcome plan = desk.plan().orElseThrow();
        assertThat(plan.waterfall().deals()).isEqualTo(10);
        assertThat(plan.waterfall().stages())
                .extracting(s -> s.stage().key(), s -> s.required())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mql", 100L),
                        org.assertj.core.groups.Tuple.tuple("sql", 40L),
                        org.assertj.core.groups.Tuple.tuple("won", 10L));
        assertThat(desk.funnels()).hasSize(2);
        assertThat(desk.errors()).isEmpty();
        assertThat(world.targets.inPeriods(java.util.List.of(dev.baton.domain.period.Period.parse("2027-Q1"))))
                .isEmpty();
    }

    @Test
    void aRequestThePlannerRefusesComesBackAsFieldErrorsBesideTheFunnels() {
        PlannerDesk desk = service.open(request(main.id(), "100000", "nowhere"));

        assertThat(desk.plan()).isEmpty();
        assertThat(desk.errors()).extracting(FieldError::field).containsExactly("wonStage");
        assertThat(desk.funnels()).hasSize(2);
    }

    @Test
    void someoneWithoutAReadingRoleIsRefusedAndSomeoneSignedOutMustSignIn() {
        world.actor.withoutRoles();
        assertThatThrownBy(() -> service.open(request(null, null, null))).isInstanceOf(ForbiddenException.class);

        world.signOut();
        assertThatThrownBy(() -> service.open(request(null, null, null))).isInstanceOf(UnauthenticatedException.class);
    }
}
