package dev.baton.adapters.persistence.measure;

import dev.baton.application.measure.Recording;
import dev.baton.application.measure.port.MeasureLedger;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.PeriodMeasures;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.measure.SheetRef;
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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * The ledger in table {@code measure_value}, written and read with plain JDBC on the transaction's own connection.
 * There is no entity: a value is a row keyed by (period, funnel id, measure), and an import of 100,000 rows must be a
 * handful of statements, not 100,000 persisted objects. Each statement upserts up to {@link #CHUNK} rows passed as
 * arrays and spread out by {@code unnest}.
 *
 * <p>Sheet versions live in {@code measure_sheet}. Every writer moves the versions first and the values after, in one
 * order (period, then funnel), so writers of the same sheets queue on the sheet rows instead of deadlocking.
 */
@ApplicationScoped
public class MeasurePersistenceAdapter implements MeasureLedger {

    static final int CHUNK = 10_000;

    private static final String UPSERT = "insert into measure_value"
            + " (period, funnel_id, measure, value, recorded_at, recorded_by)"
            + " select p, f, m, v, ?, ? from unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::numeric[])"
            + " as t(p, f, m, v)"
            + " on conflict (period, funnel_id, measure) do update"
            + " set value = excluded.value, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by";

    /** Moves every named sheet on by one, creating it at version 1: an import overwrites whatever it finds. */
    private static final String ADVANCE = "insert into measure_sheet (period, funnel_id, version)"
            + " select p, f, 1 from unnest(?::varchar[], ?::bigint[]) as t(p, f) order by p, f"
            + " on conflict (period, funnel_id) do update set version = measure_sheet.version + 1";

    /** Creates a sheet nobody recorded yet; no row means someone else just did. */
    private static final String CREATE =
            "insert into measure_sheet (period, funnel_id, version) values (?, ?, 1) on conflict do nothing";

    /** Moves a sheet on only from the version the writer read; no row means it has moved since. */
    private static final String MOVE_ON =
            "update measure_sheet set version = version + 1 where period = ? and funnel_id = ? and version = ?";

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
        SortedSet<SheetRef> sheets = new TreeSet<>();
        all.forEach(row -> sheets.add(row.sheet()));
        session().doWork(connection -> {
            try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
                advance.setArray(
                        1,
                        connection.createArrayOf(
                                "varchar",
                                sheets.stream().map(s -> s.period().format()).toArray(String[]::new)));
                advance.setArray(
                        2,
                        connection.createArrayOf(
                                "bigint",
                                sheets.stream().map(s -> s.funnel().id()).toArray(Long[]::new)));
                advance.executeUpdate();
            }
            write(connection, all, recording);
        });
    }

    @Override
    public long record(SheetRef sheet, long expectedVersion, Collection<RecordedMeasure> rows, Recording recording) {
        if (rows.stream().anyMatch(row -> !row.sheet().equals(sheet))) {
            throw new IllegalArgumentException("every row must belong to the sheet " + sheet);
        }
        List<RecordedMeasure> all = new ArrayList<>(rows);
        all.sort(RecordedMeasure.LEDGER_ORDER);
        return session().doReturningWork(connection -> {
            boolean fresh = expectedVersion == 0;
            try (PreparedStatement claim = connection.prepareStatement(fresh ? CREATE : MOVE_ON)) {
                claim.setString(1, sheet.period().format());
                claim.setLong(2, sheet.funnel().id());
                if (!fresh) {
                    claim.setLong(3, expectedVersion);
                }
                if (claim.executeUpdate() != 1) {
                    throw new ConcurrentEditException("measure sheet", sheet);
                }
            }
            write(connection, all, recording);
            return expectedVersion + 1;
        });
    }

    private static void write(Connection connection, List<RecordedMeasure> all, Recording recording)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (int start = 0; start < all.size(); start += CHUNK) {
                List<RecordedMeasure> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
                upsert(connection, upsert, chunk, recording);
            }
        }
    }

    private static void upsert(
            Connection connection, PreparedStatement upsert, List<RecordedMeasure> chunk, Recording recording)
            throws SQLException {
        int size = chunk.size();
        String[] periods = new String[size];
        Long[] funnels = new Long[size];
        String[] measures = new String[size];
        BigDecimal[] values = new BigDecimal[size];
        for (int i = 0; i < size; i++) {
            RecordedMeasure row = chunk.get(i);
            periods[i] = row.period().format();
            funnels[i] = row.funnel().id();
            measures[i] = row.measure().value();
            values[i] = row.value().amount();
        }
        upsert.setObject(1, OffsetDateTime.ofInstant(recording.at(), ZoneOffset.UTC));
        upsert.setString(2, recording.by());
        upsert.setArray(3, connection.createArrayOf("varchar", periods));
        upsert.setArray(4, connection.createArrayOf("bigint", funnels));
        upsert.setArray(5, connection.createArrayOf("varchar", measures));
        upsert.setArray(6, connection.createArrayOf("numeric", values));
        upsert.executeUpdate();
    }

    @Override
    public PeriodMeasures read(Period period, FunnelRef funnel) {
        return session().doReturningWork(connection -> {
            TreeMap<MetricKey, MeasureValue> values = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select measure, value from measure_value where period = ? and funnel_id = ?")) {
                select.setString(1, period.format());
                select.setLong(2, funnel.id());
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        values.put(MetricKey.of(result.getString(1)), MeasureValue.of(result.getBigDecimal(2)));
                    }
                }
            }
            long version = 0;
            try (PreparedStatement select = connection.prepareStatement(
                    "select version from measure_sheet where period = ? and funnel_id = ?")) {
                select.setString(1, period.format());
                select.setLong(2, funnel.id());
                try (ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        version = result.getLong(1);
                    }
                }
            }
            return new PeriodMeasures(period, funnel, values, version);
        });
    }

    @Override
    public List<RecordedMeasure> read(Collection<Period> periods, Optional<FunnelRef> funnel) {
        if (periods.isEmpty()) {
            return List.of();
        }
        Map<String, Period> byText = new HashMap<>();
        periods.forEach(p -> byText.put(p.format(), p));
        String sql = "select period, funnel_id, measure, value from measure_value where period = any(?)"
                + (funnel.isPresent() ? " and funnel_id = ?" : "");
        List<RecordedMeasure> rows = session().doReturningWork(connection -> {
            List<RecordedMeasure> found = new ArrayList<>();
            Map<Long, FunnelRef> funnels = new HashMap<>();
            Map<String, MetricKey> keys = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setFetchSize(5_000);
                select.setArray(
                        1, connection.createArrayOf("varchar", byText.keySet().toArray(String[]::new)));
                if (funnel.isPresent()) {
                    select.setLong(2, funnel.get().id());
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        found.add(new RecordedMeasure(
                                byText.get(result.getString(1)),
                                funnels.computeIfAbsent(result.getLong(2), FunnelRef::new),
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
