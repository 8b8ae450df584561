package dev.baton.app.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.adapters.persistence.measure.LegacyFunnelLabels;
import dev.baton.app.database.EmbeddedDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Migration V8 on a database that holds measures under text labels, as they were recorded before funnels had ids: a
 * label that names a funnel moves to it, any other is kept apart and reported.
 */
class MeasureFunnelMigrationTest {

    @Test
    void aLabelNamingAFunnelMovesToItAndEveryOtherLabelIsKeptAndReported() throws Exception {
        try (EmbeddedDatabase database =
                EmbeddedDatabase.start(Files.createTempDirectory("baton-migration-pg"), 0, true)) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(database.jdbcUrl());
            dataSource.setUser(EmbeddedDatabase.USER);
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .target("7")
                    .load()
                    .migrate();
            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("insert into funnel (id, name, version) values"
                        + " (3, 'Product A', 0), (4, 'Twin', 0), (5, 'Twin', 0), (6, 'Six', 0)");
                sql.execute("insert into measure_value (period, funnel, measure, value, recorded_at, recorded_by)"
                        + " values ('2026-01', '', 'revenue', 10, now(), 'x'),"
                        + " ('2026-01', 'Product A', 'orders', 1, now(), 'x'),"
                        + " ('2026-01', 'funnel:6', 'orders', 2, now(), 'x'),"
                        + " ('2026-01', '4', 'orders', 3, now(), 'x'),"
                        + " ('2026-01', 'Twin', 'orders', 4, now(), 'x'),"
                        + " ('2026-01', 'Nowhere', 'orders', 5, now(), 'x'),"
                        + " ('2026-01', 'Nowhere', 'leads', 6, now(), 'x'),"
                        + " ('2026-02', '3', 'orders', 7, now() - interval '1 day', 'x'),"
                        + " ('2026-02', 'Product A', 'orders', 8, now(), 'x')");
                sql.execute("insert into measure_sheet (period, funnel, version)"
                        + " select distinct period, funnel, 2 from measure_value");
            }

            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(rows(
                            dataSource,
                            "select period || ' ' || funnel_id || ' ' || measure || ' ' || value::int"
                                    + " from measure_value order by period, funnel_id, measure"))
                    .containsExactly(
                            "2026-01 0 revenue 10",
                            "2026-01 3 orders 1",
                            "2026-01 4 orders 3",
                            "2026-01 6 orders 2",
                            "2026-02 3 orders 8");
            assertThat(rows(
                            dataSource,
                            "select period || ' ' || label || ' ' || measure || ' ' || value::int"
                                    + " from measure_value_unmatched order by period, label, measure"))
                    .containsExactly(
                            "2026-01 Nowhere leads 6",
                            "2026-01 Nowhere orders 5",
                            "2026-01 Twin orders 4",
                            "2026-02 3 orders 7");
            assertThat(rows(
                            dataSource,
                            "select period || ' ' || funnel_id || ' ' || version"
                                    + " from measure_sheet order by period, funnel_id"))
                    .containsExactly("2026-01 0 2", "2026-01 3 2", "2026-01 4 2", "2026-01 6 2", "2026-02 3 2");
            assertThat(new LegacyFunnelLabels(dataSource).unmatched())
                    .containsExactly(
                            new LegacyFunnelLabels.Unmatched("3", 1, "2026-02", "2026-02"),
                            new LegacyFunnelLabels.Unmatched("Nowhere", 2, "2026-01", "2026-01"),
                            new LegacyFunnelLabels.Unmatched("Twin", 1, "2026-01", "2026-01"));
        }
    }

    private static List<String> rows(PGSimpleDataSource dataSource, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
