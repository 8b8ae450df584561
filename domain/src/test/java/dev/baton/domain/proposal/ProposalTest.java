package dev.baton.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalTest {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final TeamId MARKETING = new TeamId(1);
    private static final TeamId SALES = new TeamId(2);

    private static KpiTarget salesRevenue(long version) {
        return new KpiTarget(
                new KpiTargetId(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001")),
                SALES,
                MetricKey.of("new_revenue"),
                Optional.empty(),
                Period.parse("2026-Q4"),
                Threshold.atLeast("100000"),
                new PersonId(7),
                Optional.empty(),
                version);
    }

    private static Proposal proposal(Optional<KpiTarget> current) {
        return Proposal.open(
                Optional.of(MARKETING),
                SALES,
                MetricKey.of("new_revenue"),
                Optional.empty(),
                Period.parse("2026-Q4"),
                Threshold.atLeast("150000"),
                Optional.of("share it"),
                current,
                "mia",
                AT);
    }

    @Test
    void aProposalStaysBasedOnTheTargetOnlyWhileItsVersionIsUnchanged() {
        Proposal made = proposal(Optional.of(salesRevenue(3)));
        assertThat(made.basedOn(Optional.of(salesRevenue(3)))).isTrue();
        assertThat(made.basedOn(Optional.of(salesRevenue(4)))).isFalse();
        assertThat(made.basedOn(Optional.empty())).isFalse();
    }

    @Test
    void aProposalForANewTargetIsSupersededOnceSomeoneSetsOne() {
        Proposal made = proposal(Optional.empty());
        assertThat(made.basedOn(Optional.empty())).isTrue();
        assertThat(made.basedOn(Optional.of(salesRevenue(0)))).isFalse();
    }

    @Test
    void onlyAnOpenProposalIsDecided() {
        Proposal declined = proposal(Optional.empty()).declined("sam", AT, Optional.of(" not now "));
        assertThat(declined.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(declined.decision().orElseThrow().note()).contains("not now");
        assertThatThrownBy(() -> declined.accepted("sam", AT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTeamDoesNotProposeToItself() {
        assertThatThrownBy(() -> Proposal.open(
                        Optional.of(SALES),
                        SALES,
                        MetricKey.of("new_revenue"),
                        Optional.empty(),
                        Period.parse("2026-Q4"),
                        Threshold.atLeast("1"),
                        Optional.empty(),
                        Optional.empty(),
                        "sam",
                        AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
