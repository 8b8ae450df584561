package dev.baton.domain.funnel;

import static dev.baton.domain.funnel.FunnelTestData.aFunnel;
import static dev.baton.domain.shared.Refusals.phraseOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.StageScope;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.team.TeamId;
import org.junit.jupiter.api.Test;

class FunnelTest {

    private static final TeamId MARKETING = new TeamId(1);
    private static final TeamId SALES = new TeamId(2);
    private static final TeamId SUCCESS = new TeamId(3);

    @Test
    void handoffsAreTheConsecutiveStagesWhoseOwnersDiffer() {
        Funnel funnel = aFunnel()
                .stage("visitor", MARKETING)
                .stage("lead", MARKETING)
                .stage("mql", MARKETING)
                .stage("sql", SALES)
                .stage("customer", SALES)
                .stage("active", SUCCESS)
                .build();

        assertThat(funnel.handoffs()).extracting(Handoff::toString).containsExactly("mql→sql", "customer→active");
        Handoff first = funnel.handoffs().get(0);
        assertThat(first.fromTeam()).isEqualTo(MARKETING);
        assertThat(first.toTeam()).isEqualTo(SALES);
        assertThat(first.boundary()).isEqualTo(new StageScope("mql", "sql"));
    }

    @Test
    void aFunnelOwnedByOneTeamHasNoHandoff() {
        assertThat(aFunnel().stage("a", SALES).stage("b", SALES).build().handoffs())
                .isEmpty();
    }

    @Test
    void aFunnelNeedsTwoStages() {
        assertThat(phraseOf(() -> aFunnel().stage("lead", MARKETING).build()).code())
                .isEqualTo("field.FUNNEL_TOO_FEW_STAGES");
    }

    @Test
    void stageKeysAreUniqueWithinAFunnel() {
        assertThat(phraseOf(() -> aFunnel()
                                .stage("lead", MARKETING)
                                .stage("lead", SALES)
                                .build())
                        .arguments())
                .endsWith("lead");
    }

    @Test
    void aStageKeyMustBeUsableInAMetricKey() {
        assertThat(phraseOf(() -> new Stage("Lead Stage", "Lead", MARKETING)))
                .isEqualTo(Phrase.of("field.NOT_A_STAGE_KEY", "Lead Stage"));
    }

    @Test
    void aHandoffNeedsTwoTeams() {
        Stage a = new Stage("a", "A", SALES);
        Stage b = new Stage("b", "B", SALES);
        assertThatThrownBy(() -> Handoff.between(a, b)).hasMessageContaining("that is no handoff");
    }
}
