package dev.baton.domain.metric.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in catalog is its measures and its metrics, each part holding only its own kind. */
class BuiltInSeamTest {

    @Test
    void theMeasuresAreAllMeasures() {
        assertThat(BuiltInMeasures.all()).isNotEmpty().allMatch(MetricDefinition::isMeasure);
    }

    @Test
    void theMetricsAreAllComputed() {
        assertThat(BuiltInMetrics.all()).isNotEmpty().noneMatch(MetricDefinition::isMeasure);
    }

    @Test
    void theCatalogListsTheMeasuresAndThenTheMetrics() {
        List<MetricDefinition> both = new ArrayList<>(BuiltInMeasures.all());
        both.addAll(BuiltInMetrics.all());

        assertThat(BuiltInMetricCatalog.instance().all()).containsExactlyElementsOf(both);
    }

    @Test
    void aStageEntryIsAMeasureOfAnyStage() {
        assertThat(BuiltInMetricCatalog.instance().find(MetricKey.of("entered:demo")))
                .hasValueSatisfying(
                        definition -> assertThat(definition.isMeasure()).isTrue());
    }
}
