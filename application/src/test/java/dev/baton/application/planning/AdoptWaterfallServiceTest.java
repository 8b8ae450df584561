package dev.baton.application.planning;

import static dev.baton.application.planning.PlanWaterfallServiceTest.givenRates;
import static dev.baton.application.planning.PlanWaterfallServiceTest.request;
import static dev.baton.application.planning.PlanningWorld.FUNNEL;
import static dev.baton.application.planning.PlanningWorld.MARKETING;
import static dev.baton.application.planning.PlanningWorld.MIA;
import static dev.baton.application.planning.PlanningWorld.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.target.KpiTarget;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdoptWaterfallServiceTest {

    private final PlanningWorld world = new PlanningWorld();

    @Test
    void anAdminAdoptingWritesEveryProposedTargetAndKeepsTheRequirements() {
        AdoptionOutcome outcome = world.adopter().adopt(request("150000", givenRates()));

        assertThat(outcome.notWritten()).isEmpty();
        assertThat(outcome.written()).allSatisfy(w -> assertThat(w.action()).isEqualTo(AdoptionOutcome.Action.CREATED));
        assertThat(world.targets()).hasSize(outcome.plan().proposedTargets().size());
        AdoptedPlan plan = world.adopted.find(FUNNEL, Period.parse("2027-Q1")).orElseThrow();
        assertThat(plan.requirement("inquiry").orElseThrow().required()).isEqualTo(990);
        assertThat(plan.requirement("won").orElseThrow().rateToNext()).isEmpty();
        assertThat(world.audit.entries)
                .extracting(e -> e.entityType() + " " + e.action())
                .contains("plan adopt");
        assertThat(world.audit.entries)
                .filteredOn(e -> e.entityType().equals("target"))
                .hasSize(world.targets().size());
    }

    @Test
    void adoptingTwiceChangesTheTargetsInsteadOfDuplicatingThem() {
        world.adopter().adopt(request("150000", givenRates()));
        int stored = world.targets().size();

        AdoptionOutcome again = world.adopter().adopt(request("300000", givenRates()));

        assertThat(world.targets()).hasSize(stored);
        assertThat(again.written()).allSatisfy(w -> assertThat(w.action()).isEqualTo(AdoptionOutcome.Action.CHANGED));
        KpiTarget revenue = world.targets().values().stream()
                .filter(t -> t.team().equals(SALES) && t.metric().equals(MetricKey.of("new_revenue")))
                .findFirst()
                .orElseThrow();
        assertThat(revenue.threshold().lower().orElseThrow()).isEqualByComparingTo("300000");
        assertThat(world.adopted.inPeriod(Period.parse("2027-Q1")))
                .singleElement()
                .satisfies(p -> assertThat(p.goalValue()).isEqualByComparingTo("300000"));
    }

    @Test
    void adoptingTheSamePlanAgainLeavesTheTargetsAsTheyAre() {
        world.adopter().adopt(request("150000", givenRates()));

        AdoptionOutcome again = world.adopter().adopt(request("150000", givenRates()));

        assertThat(again.written()).allSatisfy(w -> assertThat(w.action()).isEqualTo(AdoptionOutcome.Action.UNCHANGED));
        assertThat(world.targets().values())
                .allSatisfy(t -> assertThat(t.version()).isZero());
    }

    @Test
    void aLeadAdoptingWritesOnlyTheirOwnTeamsAndListsTheRest() {
        world.signedInAsLeadOf(MIA);

        AdoptionOutcome outcome = world.adopter().adopt(request("150000", givenRates()));

        assertThat(world.targets().values()).isNotEmpty().allSatisfy(t -> assertThat(t.team())
                .isEqualTo(MARKETING));
        assertThat(outcome.notWritten()).isNotEmpty().allSatisfy(t -> assertThat(t.team())
                .isEqualTo(SALES));
        assertThat(outcome.written())
                .extracting(w -> w.target().metric().value())
                .containsExactlyInAnyOrder("entered:inquiry", "entered:mql", "entered:sal", "new_revenue");
    }

    @Test
    void aLeadAdoptingProposesTheOtherTeamsTargetsFromTheirOwnTeam() {
        world.signedInAsLeadOf(MIA);

        AdoptionOutcome outcome = world.adopter().adopt(request("150000", givenRates()));

        assertThat(outcome.proposed()).hasSameSizeAs(outcome.notWritten());
        assertThat(outcome.proposed()).allSatisfy(p -> {
            assertThat(p.fromTeam()).contains(MARKETING);
            assertThat(p.toTeam()).isEqualTo(SALES);
            assertThat(p.status()).isEqualTo(ProposalStatus.OPEN);
            assertThat(p.note()).contains("Main · 2027-Q1");
        });
        assertThat(outcome.proposed())
                .extracting(p -> p.metric().value())
                .containsExactlyInAnyOrderElementsOf(outcome.notWritten().stream()
                        .map(t -> t.metric().value())
                        .toList());
        assertThat(world.audit.entries)
                .filteredOn(e -> e.entityType().equals("proposal"))
                .hasSameSizeAs(outcome.proposed());
        assertThat(world.outbox.kept())
                .filteredOn(m -> m.address().equals("sam@example.com"))
                .hasSameSizeAs(outcome.proposed());
    }

    @Test
    void adoptingTheSamePlanTwiceDoesNotAskTwice() {
        world.signedInAsLeadOf(MIA);
        AdoptionOutcome first = world.adopter().adopt(request("150000", givenRates()));

        AdoptionOutcome again = world.adopter().adopt(request("150000", givenRates()));

        assertThat(again.proposed()).containsExactlyElementsOf(first.proposed());
        assertThat(world.proposals.find(Optional.of(SALES), Optional.of(ProposalStatus.OPEN), Optional.empty()))
                .hasSameSizeAs(first.proposed());
    }

    @Test
    void aChangedPlanSupersedesTheProposalsOfTheEarlierOne() {
        world.signedInAsLeadOf(MIA);
        AdoptionOutcome first = world.adopter().adopt(request("150000", givenRates()));

        AdoptionOutcome again = world.adopter().adopt(request("300000", givenRates()));

        assertThat(world.proposals.find(Optional.of(SALES), Optional.of(ProposalStatus.OPEN), Optional.empty()))
                .containsExactlyInAnyOrderElementsOf(again.proposed());
        assertThat(first.proposed()).allSatisfy(p -> assertThat(
                        world.proposals.findById(p.id()).orElseThrow().status())
                .isEqualTo(ProposalStatus.SUPERSEDED));
    }

    @Test
    void anAdminWritesEverythingAndProposesNothing() {
        AdoptionOutcome outcome = world.adopter().adopt(request("150000", givenRates()));

        assertThat(outcome.proposed()).isEmpty();
        assertThat(world.proposals.find(Optional.empty(), Optional.empty(), Optional.empty()))
                .isEmpty();
    }

    @Test
    void aLeadOfNoTeamOfThePlanMayNotAdopt() {
        world.signedInAsLeadOf(new dev.baton.domain.person.PersonId(99));

        assertThatThrownBy(() -> world.adopter().adopt(request("150000", givenRates())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(world.targets()).isEmpty();
        assertThat(world.adopted.inPeriod(Period.parse("2027-Q1"))).isEmpty();
    }

    @Test
    void anExecutiveMayPlanButNotAdopt() {
        world.actor = new dev.baton.application.access.Actor(
                "exec", java.util.Optional.empty(), java.util.Set.of(dev.baton.domain.person.Role.EXECUTIVE), true);

        assertThat(world.planner().plan(request("150000", givenRates())).proposedTargets())
                .isNotEmpty();
        assertThatThrownBy(() -> world.adopter().adopt(request("150000", givenRates())))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aStoredTargetOfAnotherNumberIsChangedToThePlans() {
        world.adopter().adopt(request("150000", givenRates()));
        KpiTarget inquiries = world.targets().values().stream()
                .filter(t -> t.metric().value().equals("entered:inquiry"))
                .findFirst()
                .orElseThrow();

        var rates = givenRates();
        rates.put("inquiry>mql", new BigDecimal("20"));
        world.adopter().adopt(request("150000", rates));

        assertThat(world.targets().get(inquiries.id()).threshold().lower().orElseThrow())
                .isEqualByComparingTo("495");
    }
}
