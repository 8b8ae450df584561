package dev.baton.application.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.World;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reader's rights over the teams the findings name, in a company with more teams than one page holds. */
class SettleRightsServiceTest {

    private static final Period PERIOD = Period.parse("2026-Q4");

    private final World world = new World();
    private final SettleRightsService service = new SettleRightsService(world.access(), world.teams, world.proposals);
    private final Person owner = world.person("Olga Owner", Role.TEAM_LEAD);
    private final Person lead = world.person("Leo Lead", Role.TEAM_LEAD);

    /** More teams than a page, then the two the finding names: those come last in any order by name or by id. */
    private Team[] aLargeCompanyThenMarketingAndSales() {
        for (int i = 0; i <= PageRequest.MAX_SIZE; i++) {
            world.team("Aardvark " + i, DepartmentKind.PRODUCT, owner);
        }
        return new Team[] {
            world.team("Zulu Marketing", DepartmentKind.MARKETING, lead),
            world.team("Zulu Sales", DepartmentKind.SALES, owner)
        };
    }

    @Test
    void aLeadMayEditTheNamedTeamTheyLeadHoweverManyTeamsCameBefore() {
        Team[] named = aLargeCompanyThenMarketingAndSales();
        world.signIn(lead);

        SettleRights rights = service.rights(PERIOD, Set.of(named[0].id(), named[1].id()));

        assertThat(rights.mayEdit(named[0].id())).isTrue();
        assertThat(rights.mayEdit(named[1].id())).isFalse();
        assertThat(rights.mayPropose()).isTrue();
    }

    @Test
    void anAdminMayEditEveryNamedTeam() {
        Team[] named = aLargeCompanyThenMarketingAndSales();
        world.signInAdmin();

        SettleRights rights = service.rights(PERIOD, Set.of(named[0].id(), named[1].id()));

        assertThat(rights.editable()).containsExactlyInAnyOrder(named[0].id(), named[1].id());
    }

    @Test
    void anExecutiveMayEditNoneAndMayNotPropose() {
        Team[] named = aLargeCompanyThenMarketingAndSales();
        world.signIn(world.person("Eve Executive", Role.EXECUTIVE));

        SettleRights rights = service.rights(PERIOD, Set.of(named[0].id(), named[1].id()));

        assertThat(rights.editable()).isEmpty();
        assertThat(rights.mayPropose()).isFalse();
    }
}
