package dev.baton.adapters.persistence.measure;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Reports, at every start, the measures that migration V8 could not tie to a funnel: rows recorded under a text label
 * that names no funnel (or several by name). They are kept as they were in {@code measure_value_unmatched} and counted
 * in no actual, until someone records them again in the right funnel and deletes them (docs/measures.md says how).
 */
public class LegacyFunnelLabels {

    private static final Logger LOG = Logger.getLogger(LegacyFunnelLabels.class);

    /** One label that names no funnel: how many values it holds and the periods they span. */
    public record Unmatched(String label, long rows, String first, String last) {}

    private final DataSource dataSource;

    @Inject
    public LegacyFunnelLabels(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) {
        List<Unmatched> unmatched;
        try {
            unmatched = unmatched();
        } catch (SQLException e) {
            LOG.warnf(e, "Could not read the measures kept under funnel labels that name no funnel");
            return;
        }
        for (Unmatched label : unmatched) {
            LOG.warnf(
                    "Measures kept under the funnel label '%s' name no funnel, so no actual counts them: %d values"
                            + " from %s to %s, in table measure_value_unmatched. Record them in the right funnel (CSV"
                            + " import with the funnel's id or name), then delete them there; see docs/measures.md.",
                    label.label(), label.rows(), label.first(), label.last());
        }
    }

    /** Every label kept in {@code measure_value_unmatched}, by label. */
    public List<Unmatched> unmatched() throws SQLException {
        List<Unmatched> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select label, count(*), min(period),"
                        + " max(period) from measure_value_unmatched group by label order by label");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                found.add(new Unmatched(
                        result.getString(1), result.getLong(2), result.getString(3), result.getString(4)));
            }
        }
        return found;
    }
}
