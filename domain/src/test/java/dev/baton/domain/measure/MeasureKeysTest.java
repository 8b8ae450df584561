package dev.baton.domain.measure;

import static dev.baton.domain.shared.Refusals.phraseOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.shared.Phrase;
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
        assertThat(phraseOf(() -> MeasureKeys.measure("cac", catalog)))
                .isEqualTo(Phrase.of("field.COMPUTED_NOT_MEASURE", "cac"));
    }

    @Test
    void anUnknownOrMalformedKeyIsRefusedByName() {
        assertThat(phraseOf(() -> MeasureKeys.measure("revenu", catalog)))
                .isEqualTo(Phrase.of("field.NOT_A_MEASURE", "revenu"));
        assertThat(phraseOf(() -> MeasureKeys.measure("Revenue!", catalog)))
                .isEqualTo(Phrase.of("field.NOT_A_MEASURE", "Revenue!"));
        assertThat(phraseOf(() -> MeasureKeys.measure("", catalog))).isEqualTo(Phrase.of("field.MEASURE_KEY_REQUIRED"));
    }
}
