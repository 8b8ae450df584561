package dev.baton.application.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.person.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluating a plan sent whole, which reads no port: only the access policy is faked. */
class EvaluatePlanServiceTest {

    private final World world = new World();
    private final EvaluatePlanService evaluate = new EvaluatePlanService(world.access());

    private static PlanInput plan(String period, String secondKey) {
        return new PlanInput(
                period,
                List.of(
                        new PlanInput.TeamInput("mkt", "Marketing", null),
                        new PlanInput.TeamInput(secondKey, null, null)),
                List.of(),
                List.of(),
                Map.of());
    }

    @Test
    void aReaderGetsTheReportWithEveryTeamByItsKey() {
        world.signIn(world.person("Eve Executive", Role.EXECUTIVE));

        AlignmentOutcome outcome = evaluate.evaluate(plan("2026-Q4", "sales"));

        assertThat(outcome.teams()).hasSize(2);
        assertThat(outcome.teamKeys().values()).containsExactlyInAnyOrder("mkt", "sales");
    }

    @Test
    void aBadPeriodAndATeamKeyGivenTwiceAreErrorsOnTheirFields() {
        world.signIn(world.person("Eve Executive", Role.EXECUTIVE));
        assertThatThrownBy(() -> evaluate.evaluate(plan("2026-Q5", "mkt")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).contains("period", "teams[1].key"));
    }

    @Test
    void onlyAReaderEvaluatesAPlan() {
        assertThatThrownBy(() -> evaluate.evaluate(plan("2026-Q4", "sales")))
                .isInstanceOf(UnauthenticatedException.class);
        world.actor.withoutRoles();
        assertThatThrownBy(() -> evaluate.evaluate(plan("2026-Q4", "sales"))).isInstanceOf(ForbiddenException.class);
    }
}
