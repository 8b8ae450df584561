package dev.baton.adapters.persistence.measure;

import dev.baton.application.measure.MeasureLedger;
import dev.baton.application.measure.Recording;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * The ledger in table {@code measure_value}, written and read with plain JDBC on the transaction's own connection.
 * There is no entity: a value is a row keyed by (period, funnel, measure), and an import of 100,000 rows must be a
 * handful of statements, not 100,000 persisted objects. Each statement upserts up to {@link #CHUNK} rows passed as
 * arrays and spread out by {@code unnest}.
 */
@ApplicationScoped
public class MeasurePersistenceAdapter implements MeasureLedger {

    static final int CHUNK = 10_000;

    private static final String UPSERT = "insert into measure_value"
            + " (period, funnel, measure, value, recorded_at, recorded_by)"
            + " select p, f, m, v, ?, ? from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::numeric[])"
            + " as t(p, f, m, v)"
            + " on conflict (period, funnel, measure) do update"
            + " set value = excluded.value, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by";

    private final EntityManager entityManager;

    @Inject
    public MeasurePersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void record(Collection<RecordedMeasure> rows, Recording recording) {
        if (rows.isEmpty()) {
            return;
        }
        // One lock order for every writer, so two imports touching the same slots queue instead of deadlocking.
        List<RecordedMeasure> all = new ArrayList<>(rows);
        all.sort(RecordedMeasure.LEDGER_ORDER);
        session().doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (int start = 0; start < all.size(); start += CHUNK) {
                    List<RecordedMeasure> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
                    upsert(connection, upsert, chunk, recording);
                }
            }
        });
    }

    private static void upsert(
            Connection connection, PreparedStatement upsert, List<RecordedMeasure> chunk, Recording recording)
            throws SQLException {
        int size = chunk.size();
        String[] periods = new String[size];
        String[] funnels = new String[size];
        String[] measures = new String[size];
        BigDecimal[] values = new BigDecimal[size];
        for (int i = 0; i < size; i++) {
            RecordedMeasure row = chunk.get(i);
            periods[i] = row.period().format();
            funnels[i] = row.funnel().value();
            measures[i] = row.measure().value();
            values[i] = row.value().amount();
        }
        upsert.setObject(1, OffsetDateTime.ofInstant(recording.at(), ZoneOffset.UTC));
        upsert.setString(2, recording.by());
        upsert.setArray(3, connection.createArrayOf("varchar", periods));
        upsert.setArray(4, connection.createArrayOf("varchar", funnels));
        upsert.setArray(5, connection.createArrayOf("varchar", measures));
        upsert.setArray(6, connection.createArrayOf("numeric", values));
        upsert.executeUpdate();
    }

    @Override
    public PeriodMeasures read(Period period, FunnelRef funnel) {
        return session().doReturningWork(connection -> {
            TreeMap<MetricKey, MeasureValue> values = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select measure, value from measure_value where period = ? and funnel = ?")) {
                select.setString(1, period.format());
                select.setString(2, funnel.value());
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        values.put(MetricKey.of(result.getString(1)), MeasureValue.of(result.getBigDecimal(2)));
                    }
                }
            }
            return new PeriodMeasures(period, funnel, values);
        });
    }

    @Override
    public List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel) {
        if (periods.isEmpty()) {
            return List.of();
        }
        Map<String, Period> byText = new HashMap<>();
        periods.forEach(p -> byText.put(p.format(), p));
        String sql = "select period, funnel, measure, value from measure_value where period = any(?)"
                + (funnel.isPresent() ? " and funnel = ?" : "");
        List<RecordedMeasure> rows = session().doReturningWork(connection -> {
            List<RecordedMeasure> found = new ArrayList<>();
            Map<String, FunnelRef> funnels = new HashMap<>();
            Map<String, MetricKey> keys = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setFetchSize(5_000);
                select.setArray(
                        1, connection.createArrayOf("varchar", byText.keySet().toArray(String[]::new)));
                if (funnel.isPresent()) {
                    select.setString(2, funnel.get().value());
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        found.add(new RecordedMeasure(
                                byText.get(result.getString(1)),
                                funnels.computeIfAbsent(result.getString(2), FunnelRef::new),
                                keys.computeIfAbsent(result.getString(3), MetricKey::of),
                                MeasureValue.of(result.getBigDecimal(4))));
                    }
                }
            }
            return found;
        });
        rows.sort(RecordedMeasure.LEDGER_ORDER);
        return rows;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
