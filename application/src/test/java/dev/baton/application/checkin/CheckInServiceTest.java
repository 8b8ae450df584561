package dev.baton.application.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.TeamLeadership;
import dev.baton.application.audit.AuditEntry;
import dev.baton.application.audit.Auditor;
import dev.baton.application.fakes.InMemoryCheckIns;
import dev.baton.application.fakes.InMemoryPeople;
import dev.baton.application.fakes.InMemoryTargets;
import dev.baton.application.fakes.InMemoryTeams;
import dev.baton.application.fakes.MutableClock;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.Confidence;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Check-ins over in-memory fakes: who may write them, and that an edit keeps the original. */
class CheckInServiceTest {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryTargets targets = new InMemoryTargets();
    private final InMemoryCheckIns checkIns = new InMemoryCheckIns();
    private final List<AuditEntry> trail = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private Actor actor = Actor.anonymous();

    private final Person lead = people.withRoles("Sam Sales", Role.TEAM_LEAD);
    private final Person owner = people.withRoles("Olga Owner", Role.EXECUTIVE);
    private final Person stranger = people.withRoles("Pat Product", Role.TEAM_LEAD);
    private final Team sales = Team.create(new TeamId(2), new TeamName("Sales"), DepartmentKind.SALES, lead.id());
    private final KpiTarget target = targets.add(new KpiTarget(
            KpiTargetId.newId(),
            sales.id(),
            MetricKey.of("new_revenue"),
            Optional.empty(),
            Period.parse("2026-Q4"),
            Threshold.atLeast("150000"),
            owner.id(),
            Optional.empty(),
            0));

    private final AccessPolicy access = new AccessPolicy(() -> actor, new TeamLeadership(teams.with(sales)));
    private final CheckInService service = new CheckInService(
            access,
            new CheckInGate(access, targets),
            checkIns,
            targets,
            new Auditor(trail::add, () -> actor, clock),
            clock);

    private void signIn(Person person) {
        actor = new Actor(person.name().value(), Optional.of(person.id()), person.roles(), true);
    }

    private CheckIn recordAsOwner() {
        signIn(owner);
        return service.record(CheckInCommand.record(
                target.id().toString(),
                new CheckInInput("Pipeline is thin\nTwo deals slipped", "AT_RISK", new BigDecimal("130000"), null)));
    }

    @Test
    void theAccountableOwnerRecordsACheckIn() {
        CheckIn recorded = recordAsOwner();
        assertThat(recorded.current().confidence()).isEqualTo(Confidence.AT_RISK);
        assertThat(recorded.current().firstLine()).isEqualTo("Pipeline is thin");
        assertThat(recorded.current().forecast()).contains(new BigDecimal("130000"));
        assertThat(trail).extracting(AuditEntry::action).containsExactly("record");
    }

    @Test
    void anEditKeepsTheOriginalAndSaysWhoEditedWhen() {
        CheckIn recorded = recordAsOwner();
        signIn(lead);
        clock.advance(Duration.ofDays(1));
        CheckIn edited = service.edit(CheckInCommand.edit(
                target.id().toString(),
                recorded.id().toString(),
                new CheckInInput("Both deals are back", "ON_TRACK", null, recorded.version())));
        List<CheckIn> listed = service.list(target.id().toString());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).history()).hasSize(2);
        assertThat(listed.get(0).original().note()).startsWith("Pipeline is thin");
        assertThat(edited.current().writtenBy()).isEqualTo("Sam Sales");
        assertThat(edited.current().writtenAt()).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
        assertThat(trail).extracting(AuditEntry::action).containsExactly("record", "edit");
    }

    @Test
    void anEditFromAStaleVersionIsRefused() {
        CheckIn recorded = recordAsOwner();
        CheckInInput change = new CheckInInput("Better", "ON_TRACK", null, recorded.version());
        service.edit(CheckInCommand.edit(target.id().toString(), recorded.id().toString(), change));
        assertThatThrownBy(() -> service.edit(CheckInCommand.edit(
                        target.id().toString(), recorded.id().toString(), change)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void anEditFormOpensOnTheCheckInForItsWritersOnly() {
        CheckIn recorded = recordAsOwner();
        signIn(lead);
        CheckInToEdit editing =
                service.toEdit(target.id().toString(), recorded.id().toString());
        assertThat(editing.target()).isEqualTo(target);
        assertThat(editing.checkIn()).isEqualTo(recorded);
        assertThatThrownBy(() -> service.toEdit(target.id().toString(), "not-a-check-in"))
                .isInstanceOf(NotFoundException.class);

        signIn(stranger);
        assertThatThrownBy(() ->
                        service.toEdit(target.id().toString(), recorded.id().toString()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void someoneWhoNeitherOwnsTheTargetNorLeadsItsTeamMayNotCheckIn() {
        signIn(stranger);
        assertThatThrownBy(() -> service.record(CheckInCommand.record(
                        target.id().toString(), new CheckInInput("Hello", "ON_TRACK", null, null))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(checkIns.of(target.id())).isEmpty();
    }

    @Test
    void aNoteOverTwoThousandCharactersAndAnUnknownConfidenceAreBothNamed() {
        assertThatThrownBy(() -> CheckInCommand.record(
                        target.id().toString(), new CheckInInput("x".repeat(2001), "FINE", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactly("note", "confidence"));
    }
}
