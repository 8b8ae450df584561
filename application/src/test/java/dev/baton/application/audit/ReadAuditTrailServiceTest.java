package dev.baton.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading the audit trail over an in-memory one: a lead reads their own teams' entries only. */
class ReadAuditTrailServiceTest {

    private final World world = new World();
    private final ReadAuditTrailService read = new ReadAuditTrailService(world.audit, world.teams, world.access());
    private Person lead;
    private Team mine;
    private Team theirs;

    @BeforeEach
    void twoTeamsWithAChangeEach() {
        lead = world.person("Lee Lead", Role.TEAM_LEAD);
        mine = world.team("Marketing", DepartmentKind.MARKETING, lead);
        theirs = world.team("Sales", DepartmentKind.SALES, world.person("Sol Sales", Role.TEAM_LEAD));
        world.signInAdmin();
        Auditor auditor = world.auditor();
        auditor.record("team", mine.id(), "edit", Map.of(), Map.of("name", "Marketing"), Optional.of(mine.id()));
        world.clock.advance(Duration.ofMinutes(1));
        auditor.record("team", theirs.id(), "edit", Map.of(), Map.of("name", "Sales"), Optional.of(theirs.id()));
    }

    private static AuditQuery everything() {
        return AuditQuery.of(null, null, null, null, null, 0, 20);
    }

    @Test
    void anAdminReadsEveryEntryNewestFirst() {
        assertThat(read.read(everything()).items())
                .extracting(RecordedChange::teamId)
                .containsExactly(theirs.id().value(), mine.id().value());
    }

    @Test
    void aLeadReadsOnlyTheEntriesOfTheTeamsTheyLead() {
        world.signIn(lead);
        assertThat(read.read(everything()).items())
                .extracting(RecordedChange::teamId)
                .containsExactly(mine.id().value());
    }

    @Test
    void nobodySignedInReadsNoTrail() {
        world.signOut();
        assertThatThrownBy(() -> read.read(everything())).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aBadPeriodIsAnErrorOnThePeriod() {
        assertThatThrownBy(() -> AuditQuery.of(null, null, null, null, "last week", 0, 20))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("period"));
    }
}
