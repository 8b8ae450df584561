package dev.baton.domain.target;

import static dev.baton.domain.target.TargetTestData.aTarget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.shared.LocalizedText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiTargetTest {

    @Test
    void aTargetWithoutNumberPeriodAndOwnerIsRefusedNamingAllThree() {
        assertThatThrownBy(() -> aTarget()
                        .withThreshold(null)
                        .in((Period) null)
                        .ownedBy(null)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a threshold (the number to reach)")
                .hasMessageContaining("a period")
                .hasMessageContaining("an accountable owner");
    }

    @Test
    void aTargetWithoutOnlyAnOwnerSaysJustThat() {
        assertThatThrownBy(() -> aTarget().ownedBy(null).build()).hasMessage("a KPI target needs an accountable owner");
    }

    @Test
    void withMethodsReturnChangedCopiesAndLeaveTheOriginalAlone() {
        KpiTarget original = aTarget().atMost("500").build();
        KpiTarget changed = original.withThreshold(Threshold.atMost("450"))
                .withOwner(new PersonId(9))
                .withRationale("  board asked  ")
                .withVersion(3);
        assertThat(original.threshold()).isEqualTo(Threshold.atMost("500"));
        assertThat(changed.threshold()).isEqualTo(Threshold.atMost("450"));
        assertThat(changed.owner()).isEqualTo(new PersonId(9));
        assertThat(changed.rationale()).contains("board asked");
        assertThat(changed.version()).isEqualTo(3);
        assertThat(changed.id()).isEqualTo(original.id());
    }

    @Test
    void aStageScopedMetricNeedsItsStages() {
        MetricDefinition conversion = definition("stage_conversion_rate", true, Direction.HIGHER_IS_BETTER);
        assertThatThrownBy(() -> aTarget().on("stage_conversion_rate").build().checkedAgainst(conversion))
                .hasMessageContaining("name them");
        KpiTarget scoped =
                aTarget().on("stage_conversion_rate", "sql", "customer").build();
        assertThat(scoped.checkedAgainst(conversion)).isSameAs(scoped);
        assertThatThrownBy(() -> aTarget()
                        .on("cac", "sql", "customer")
                        .build()
                        .checkedAgainst(definition("cac", false, Direction.LOWER_IS_BETTER)))
                .hasMessageContaining("leave the stages out");
    }

    @Test
    void aThresholdAgainstTheGoodDirectionIsAllowedButFlagged() {
        KpiTarget target = aTarget().on("cac").atLeast("100").build();
        assertThat(target.runsAgainst(definition("cac", false, Direction.LOWER_IS_BETTER)))
                .isTrue();
    }

    private static MetricDefinition definition(String key, boolean scoped, Direction direction) {
        return new MetricDefinition(
                MetricKey.of(key),
                LocalizedText.of(key, key),
                LocalizedText.of(key, key),
                Unit.PERCENT,
                direction,
                Category.ACQUISITION,
                Optional.empty(),
                scoped,
                true,
                RollUp.NONE);
    }
}
