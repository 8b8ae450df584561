package dev.baton.application.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureCsvTest {

    @Test
    void rowsAreWrittenUnderTheHeaderInTheOrderGiven() {
        String csv = MeasureCsv.write(List.of(new RecordedMeasure(
                Period.quarter(2026, 3), FunnelRef.of(12), MetricKey.of("entered:mql"), MeasureValue.of(1200))));

        assertThat(csv).isEqualTo("period,measure,value,funnel\n2026-Q3,entered:mql,1200,12\n");
    }
}
