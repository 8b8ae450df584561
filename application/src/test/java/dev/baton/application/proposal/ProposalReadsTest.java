package dev.baton.application.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.Team;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading proposals over in-memory fakes: the list with the teams' names, and the board that sorts them into what a
 * lead receives, what they sent and the rest, with who may decide or withdraw each.
 */
class ProposalReadsTest {

    private final World world = new World();
    private final Person mia = world.person("Mia Marketing", Role.TEAM_LEAD);
    private final Person sam = world.person("Sam Sales", Role.TEAM_LEAD);
    private final Person pat = world.person("Pat Product", Role.TEAM_LEAD);
    private final Team marketing = world.team("Marketing", DepartmentKind.MARKETING, mia);
    private final Team sales = world.team("Sales", DepartmentKind.SALES, sam);
    private final Team product = world.team("Product", DepartmentKind.PRODUCT, pat);
    private final ListProposalsService list = new ListProposalsService(world.access(), world.proposals, world.teams);
    private final ProposalBoardService board = new ProposalBoardService(world.access(), world.proposals, world.teams);

    private final Proposal toSales = proposal(marketing, sales, "Mia Marketing", "2026-10-01T09:00:00Z");
    private final Proposal toMarketing = proposal(sales, marketing, "Sam Sales", "2026-10-02T09:00:00Z");
    private final Proposal betweenOthers = proposal(product, marketing, "Pat Product", "2026-10-03T09:00:00Z");
    private final Proposal declined =
            world.proposals.update(proposal(marketing, sales, "Mia Marketing", "2026-10-04T09:00:00Z")
                    .declined("Sam Sales", Instant.parse("2026-10-05T09:00:00Z"), Optional.empty()));

    private Proposal proposal(Team from, Team to, String by, String at) {
        return world.proposals.add(Proposal.open(
                Optional.of(from.id()),
                to.id(),
                MetricKey.of("new_revenue"),
                Optional.empty(),
                Period.parse("2026-Q4"),
                Threshold.atLeast("600000"),
                Optional.empty(),
                Optional.empty(),
                by,
                Instant.parse(at)));
    }

    @Test
    void aReaderListsTheProposalsOfATeamWithTheNamesOfBothTeams() {
        world.signIn(world.person("Erin Executive", Role.EXECUTIVE));

        assertThat(list.list(ListProposalsQuery.of(sales.id().value(), "OPEN", "2026-Q4")))
                .extracting(d -> d.proposal().id(), ProposalDetails::fromTeamName, ProposalDetails::toTeamName)
                .containsExactly(
                        tuple(toMarketing.id(), Optional.of("Sales"), "Marketing"),
                        tuple(toSales.id(), Optional.of("Marketing"), "Sales"));
        assertThat(list.list(ListProposalsQuery.of(null, "DECLINED", null)))
                .extracting(d -> d.proposal().id())
                .containsExactly(declined.id());
    }

    @Test
    void aLeadsBoardHoldsWhatTheirTeamReceivesWhatTheySentAndTheRest() {
        world.signIn(sam);

        ProposalBoard seen = board.board(ListProposalsQuery.of(null, null, "2026-Q4"));

        assertThat(seen.incoming())
                .extracting(i -> i.details().proposal().id(), ProposalBoard.Item::mayDecide)
                .containsExactly(tuple(declined.id(), false), tuple(toSales.id(), true));
        assertThat(seen.outgoing())
                .extracting(i -> i.details().proposal().id(), ProposalBoard.Item::mayWithdraw)
                .containsExactly(tuple(toMarketing.id(), true));
        assertThat(seen.others()).singleElement().satisfies(i -> {
            assertThat(i.details().proposal().id()).isEqualTo(betweenOthers.id());
            assertThat(i.mayDecide()).isFalse();
            assertThat(i.mayWithdraw()).isFalse();
        });
        assertThat(seen.teams())
                .extracting(ProposalBoard.TeamChoice::name)
                .containsExactly("Marketing", "Product", "Sales");
    }

    @Test
    void anAdminSeesEveryProposalAmongTheRestAndMayDecideOrWithdrawEachOpenOne() {
        world.signInAdmin();

        ProposalBoard seen = board.board(ListProposalsQuery.all());

        assertThat(seen.incoming()).isEmpty();
        assertThat(seen.outgoing()).isEmpty();
        assertThat(seen.others())
                .filteredOn(i -> i.details().proposal().status().open())
                .hasSize(3)
                .allSatisfy(i -> {
                    assertThat(i.mayDecide()).isTrue();
                    assertThat(i.mayWithdraw()).isTrue();
                });
        assertThat(seen.others())
                .filteredOn(i -> i.details().proposal().id().equals(declined.id()))
                .singleElement()
                .satisfies(i -> assertThat(i.mayDecide() || i.mayWithdraw()).isFalse());
    }

    @Test
    void aStatusThatIsNoneIsRefusedOnTheStatusField() {
        assertThatThrownBy(() -> ListProposalsQuery.of(null, "PENDING", null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("status"));
    }

    @Test
    void someoneWithoutAReadingRoleIsRefusedAndSomeoneSignedOutMustSignIn() {
        world.actor.withoutRoles();
        assertThatThrownBy(() -> list.list(ListProposalsQuery.all())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> board.board(ListProposalsQuery.all())).isInstanceOf(ForbiddenException.class);

        world.signOut();
        assertThatThrownBy(() -> list.list(ListProposalsQuery.all())).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> board.board(ListProposalsQuery.all())).isInstanceOf(UnauthenticatedException.class);
    }
}
