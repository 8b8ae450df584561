package dev.baton.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import org.junit.jupiter.api.Test;

class MeasureKeysTest {

    private final BuiltInMetricCatalog catalog = BuiltInMetricCatalog.instance();

    @Test
    void measuresOfTheCatalogAndStageEntriesMayBeRecorded() {
        assertThat(MeasureKeys.measure("revenue", catalog)).isEqualTo(MetricKey.of("revenue"));
        assertThat(MeasureKeys.measure(" orders ", catalog)).isEqualTo(MetricKey.of("orders"));
        assertThat(MeasureKeys.measure("entered:mql", catalog)).isEqualTo(MetricKey.stageEntries("mql"));
    }

    @Test
    void aComputedMetricIsNotRecorded() {
        assertThatThrownBy(() -> MeasureKeys.measure("cac", catalog)).hasMessageContaining("computed metric");
    }

    @Test
    void anUnknownOrMalformedKeyIsRefusedByName() {
        assertThatThrownBy(() -> MeasureKeys.measure("revenu", catalog)).hasMessageContaining("'revenu'");
        assertThatThrownBy(() -> MeasureKeys.measure("Revenue!", catalog)).hasMessageContaining("'Revenue!'");
        assertThatThrownBy(() -> MeasureKeys.measure("", catalog)).hasMessageContaining("required");
    }
}
