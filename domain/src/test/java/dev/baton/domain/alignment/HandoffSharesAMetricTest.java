package dev.baton.domain.alignment;

import static dev.baton.domain.alignment.PlanTestData.articleExample;
import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoffSharesAMetricTest extends OverBothCatalogs {

    private final HandoffSharesAMetric rule = new HandoffSharesAMetric();

    @Test
    void theArticlesExampleCoversItsHandoff() {
        assertThat(rule.check(articleExample().build())).isEmpty();
    }

    @Test
    void handoffWithoutSharedMetricIsAViolation() {
        AlignmentPlan plan = articleExample()
                .without(t -> t.team().equals(SALES) && t.metric().value().equals("new_revenue"))
                .build();

        List<Finding> findings = rule.check(plan);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.code()).isEqualTo(FindingCode.HANDOFF_WITHOUT_SHARED_METRIC);
        assertThat(finding.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(finding.teams()).containsExactly(MARKETING, SALES);
        assertThat(finding.handoff()).hasValueSatisfying(h -> assertThat(h).hasToString("mql→sql"));
        assertThat(finding.suggestions().get(0)).isEqualTo(MetricKey.of("new_revenue"));
        assertThat(finding.suggestions()).contains(MetricKey.of("stage_conversion_rate"), MetricKey.of("cac"));
        assertThat(en(finding.phrase())).contains("mql→sql", "Marketing → Sales", "no shared metric");
        assertThat(zh(finding.phrase())).contains("没有共享指标");
    }

    @Test
    void suggestionsTheTeamsAlreadyHoldComeFirst() {
        AlignmentPlan plan = articleExample()
                .without(t -> t.metric().value().equals("new_revenue"))
                .build();

        List<MetricKey> suggestions = rule.check(plan).get(0).suggestions();

        assertThat(suggestions.subList(0, 2))
                .containsExactly(MetricKey.of("stage_conversion_rate"), MetricKey.of("cac"));
        assertThat(suggestions).contains(MetricKey.of("new_revenue"));
    }

    @Test
    void aQuarterlyTargetBothTeamsHoldCoversTheHandoffInEachMonth() {
        AlignmentPlan plan = articleExample()
                .without(t -> t.metric().value().equals("new_revenue"))
                .target(dev.baton.domain.target.TargetTestData.aTarget()
                        .forTeam(MARKETING)
                        .on("new_revenue")
                        .in("2026-Q3")
                        .atLeast("3000000"))
                .target(dev.baton.domain.target.TargetTestData.aTarget()
                        .forTeam(SALES)
                        .on("new_revenue")
                        .in("2026-Q3")
                        .atLeast("3000000"))
                .build();

        assertThat(rule.check(plan)).isEmpty();
    }
}
