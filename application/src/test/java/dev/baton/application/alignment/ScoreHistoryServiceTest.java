package dev.baton.application.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import org.junit.jupiter.api.Test;

/**
 * The score over the last few periods, over in-memory fakes: marketing hands MQLs to sales, and the two share new
 * revenue only from 2026-Q4, so that quarter's handoff is covered and the two before are not.
 */
class ScoreHistoryServiceTest {

    private final World world = new World();
    private final Person mia = world.person("Mia Marketing", Role.TEAM_LEAD);
    private final Person sam = world.person("Sam Sales", Role.TEAM_LEAD);
    private final Team marketing = world.team("Marketing", DepartmentKind.MARKETING, mia);
    private final Team sales = world.team("Sales", DepartmentKind.SALES, sam);
    private final ScoreHistoryService service =
            new ScoreHistoryService(world.storedPlans(), world.catalogs(), world.access());

    ScoreHistoryServiceTest() {
        world.funnel("Main", Stage.of("mql", "MQL", marketing.id()), Stage.of("sql", "SQL", sales.id()));
        for (String quarter : new String[] {"2026-Q2", "2026-Q3", "2026-Q4"}) {
            world.target(sales, "new_revenue", quarter, Threshold.atLeast("600000"));
        }
        world.target(marketing, "new_revenue", "2026-Q4", Threshold.atLeast("600000"));
        world.signIn(sam);
    }

    @Test
    void eachPeriodIsJudgedOnItsOwnPlanOldestFirst() {
        ScoreHistory history = service.history(ScoreHistoryQuery.of("2026-Q4", 3));

        assertThat(history.points())
                .extracting(p -> p.period().format(), ScoreHistory.Point::coveredHandoffs, ScoreHistory.Point::handoffs)
                .containsExactly(tuple("2026-Q2", 0, 1), tuple("2026-Q3", 0, 1), tuple("2026-Q4", 1, 1));
        assertThat(history.points().get(2).score())
                .isGreaterThan(history.points().get(1).score());
        assertThat(history.points().get(2).score())
                .isEqualTo(world.storedPlans()
                        .planOf(Period.parse("2026-Q4"))
                        .outcome()
                        .report()
                        .score());
    }

    @Test
    void theHistoryStopsAtTheFirstPeriodThereIs() {
        ScoreHistory history = service.history(ScoreHistoryQuery.of("1900-Q2", 6));

        assertThat(history.points()).extracting(p -> p.period().format()).containsExactly("1900-Q1", "1900-Q2");
    }

    @Test
    void aCountBeyondTheLimitIsRefusedOnTheCountField() {
        assertThatThrownBy(() -> ScoreHistoryQuery.of("2026-Q4", ScoreHistoryQuery.MAX_COUNT + 1))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("count"));
    }

    @Test
    void someoneWithoutAReadingRoleIsRefusedAndSomeoneSignedOutMustSignIn() {
        ScoreHistoryQuery query = ScoreHistoryQuery.of("2026-Q4", null);

        world.actor.withoutRoles();
        assertThatThrownBy(() -> service.history(query)).isInstanceOf(ForbiddenException.class);

        world.signOut();
        assertThatThrownBy(() -> service.history(query)).isInstanceOf(UnauthenticatedException.class);
    }
}
