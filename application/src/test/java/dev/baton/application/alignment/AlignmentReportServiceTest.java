package dev.baton.application.alignment;

import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.domain.alignment.FindingCode;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.alignment.PlanTestData;
import dev.baton.domain.funnel.FunnelTestData;
import dev.baton.domain.period.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored plan's report, over in-memory stores. */
class AlignmentReportServiceTest {

    private final PlanStore store = new PlanStore();
    private final AlignmentReportService service = new AlignmentReportService(
            store.storedPlans(Clock.fixed(Instant.parse("2026-11-15T12:00:00Z"), ZoneOffset.UTC)), store.access());

    private final AlignmentQuery september = new AlignmentQuery(Period.month(2026, 9));

    @Test
    void aReaderGetsTheReportOnTheStoredPlanOfThePeriod() {
        store.teams.add(PlanTestData.marketing());
        store.teams.add(PlanTestData.sales());
        store.funnel(FunnelTestData.aFunnel()
                .stage("mql", MARKETING)
                .stage("sql", SALES)
                .stage("customer", SALES)
                .build());
        store.targets.add(aTarget()
                .forTeam(MARKETING)
                .on("cac")
                .in("2026-09")
                .atMost("500")
                .build());

        AlignmentOutcome outcome = service.report(september);

        assertThat(outcome.teams()).extracting(PlanTeam::name).containsExactly("Marketing", "Sales");
        assertThat(outcome.report().period()).isEqualTo(Period.month(2026, 9));
        assertThat(outcome.report().findings(FindingCode.HANDOFF_WITHOUT_SHARED_METRIC))
                .hasSize(1);
        assertThat(outcome.teamKeys()).isEmpty();
    }

    @Test
    void anArchivedTeamIsLeftOutOfTheReport() {
        store.teams.add(PlanTestData.marketing());
        store.teams.add(PlanTestData.sales());
        store.teams.archive(SALES);

        assertThat(service.report(september).teams()).extracting(PlanTeam::name).containsExactly("Marketing");
    }

    @Test
    void someoneWithNoReadingRoleIsRefused() {
        store.actor.set(new Actor("nobody", Optional.empty(), Set.of(), true));

        assertThatThrownBy(() -> service.report(september)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void someoneNotSignedInIsRefused() {
        store.actor.set(Actor.anonymous());

        assertThatThrownBy(() -> service.report(september)).isInstanceOf(UnauthenticatedException.class);
    }
}
