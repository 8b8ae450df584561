package dev.baton.application.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Defining and reading funnels over in-memory fakes: DefineFunnelService and FunnelQueryService. */
class FunnelServicesTest {

    private final World world = new World();
    private final DefineFunnelService define =
            new DefineFunnelService(world.funnels, world.teams, world.auditor(), world.access());
    private final FunnelQueryService query = new FunnelQueryService(world.funnels, world.access());
    private Person lead;
    private Team marketing;
    private Team sales;

    @BeforeEach
    void twoTeams() {
        lead = world.person("Lee Lead", Role.TEAM_LEAD);
        marketing = world.team("Marketing", DepartmentKind.MARKETING, lead);
        sales = world.team("Sales", DepartmentKind.SALES, lead);
        world.signInAdmin();
    }

    private List<StageInput> mqlToSql() {
        return List.of(
                new StageInput("mql", "MQL", marketing.id().value()),
                new StageInput("sql", "SQL", sales.id().value()));
    }

    @Test
    void anAdminDefinesAFunnelThatReadersThenSee() {
        StoredFunnel funnel = define.define(FunnelCommand.define("Main", mqlToSql()));

        world.signIn(lead);
        assertThat(query.list()).containsExactly(funnel);
        assertThat(query.get(funnel.id()).funnel().stages()).hasSize(2);
        assertThat(world.audit.actions()).containsExactly("funnel:create");
    }

    @Test
    void aLeadMayNotShapeTheFunnel() {
        world.signIn(lead);
        assertThatThrownBy(() -> define.define(FunnelCommand.define("Main", mqlToSql())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(world.funnels.findAll()).isEmpty();
    }

    @Test
    void nobodySignedInReadsNoFunnel() {
        world.signOut();
        assertThatThrownBy(query::list).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aStageOwnedByAnArchivedTeamIsAnErrorOnThatStagesTeam() {
        world.teams.update(sales.archive());
        assertThatThrownBy(() -> define.define(FunnelCommand.define("Main", mqlToSql())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("stages[1].team"));
    }

    @Test
    void anEditMovesTheVersionOnAndAStaleOneIsAConcurrentEdit() {
        StoredFunnel funnel = define.define(FunnelCommand.define("Main", mqlToSql()));
        StoredFunnel renamed = define.define(FunnelCommand.edit(funnel.id(), "Inbound", mqlToSql(), 0L));
        assertThat(renamed.version()).isEqualTo(1);

        assertThatThrownBy(() -> define.define(FunnelCommand.edit(funnel.id(), "Outbound", mqlToSql(), 0L)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(query.get(funnel.id()).funnel().name()).isEqualTo("Inbound");
    }

    @Test
    void anUnknownFunnelIsNotFound() {
        assertThatThrownBy(() -> query.get(4242)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> define.define(FunnelCommand.edit(4242L, "Main", mqlToSql(), 0L)))
                .isInstanceOf(NotFoundException.class);
    }
}
