package dev.baton.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.measure.MeasureCsv;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measure CSV import's reading, moved here with Commons CSV under it; the assertions are the ones it had. */
class CommonsTableFilesCsvTest {

    private final CommonsTableFiles files = new CommonsTableFiles();

    @Test
    void rowsAreReadWithTheLineTheyStartOnSkippingBlankLines() {
        MeasureCsv.Parsed parsed = files.csv("\uFEFFperiod,measure,value\r\n2026-09,revenue,5\r\n\r\n2026-09,orders,3");

        assertThat(parsed.unreadable()).isEmpty();
        assertThat(parsed.rows()).extracting(MeasureCsv.Row::line).containsExactly(1, 2, 4);
        assertThat(parsed.rows().get(2).fields()).containsExactly("2026-09", "orders", "3");
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        MeasureCsv.Parsed parsed = files.csv("a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\nnext,row\n");

        assertThat(parsed.rows().get(1).fields()).containsExactly("x, \"y\"", "two\nlines");
        assertThat(parsed.rows().get(2).line()).isEqualTo(4);
    }

    @Test
    void aQuoteThatNeverClosesMakesTheRestUnreadable() {
        MeasureCsv.Parsed parsed = files.csv("a,b\n1,\"open\n2,3\n");

        assertThat(parsed.unreadable()).containsExactly(new MeasureCsv.Unreadable(2));
        assertThat(parsed.rows()).hasSize(1);
    }

    @Test
    void writtenRowsAreReadBackAsTheSameFields() {
        String csv = MeasureCsv.write(List.of(new RecordedMeasure(
                Period.quarter(2026, 3), FunnelRef.of(12), MetricKey.of("entered:mql"), MeasureValue.of(1200))));

        assertThat(csv).isEqualTo("period,measure,value,funnel\n2026-Q3,entered:mql,1200,12\n");
        assertThat(files.csv(csv).rows().get(1).fields()).containsExactly("2026-Q3", "entered:mql", "1200", "12");
    }
}
