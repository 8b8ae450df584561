package dev.baton.adapters.persistence.planning;

import dev.baton.application.planning.AdoptedPlan;
import dev.baton.application.planning.port.AdoptedPlans;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Adopted plans in tables {@code adopted_plan} and {@code adopted_plan_stage}, with plain JDBC on the transaction's own
 * connection: a plan is written whole and read whole, so there is nothing for an entity to track.
 */
@ApplicationScoped
public class AdoptedPlanPersistenceAdapter implements AdoptedPlans {

    private static final String PLANS =
            "select funnel_id, period, goal_metric, goal_value, deals, adopted_by, adopted_at from adopted_plan";
    private static final String STAGES = "select funnel_id, period, stage_key, team_id, required, rate_to_next,"
            + " rate_source from adopted_plan_stage";

    private final EntityManager entityManager;

    @Inject
    public AdoptedPlanPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void save(AdoptedPlan plan) {
        session().doWork(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from adopted_plan where funnel_id = ? and period = ?")) {
                delete.setLong(1, plan.funnel());
                delete.setString(2, plan.period().format());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into adopted_plan"
                    + " (funnel_id, period, goal_metric, goal_value, deals, adopted_by, adopted_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, plan.funnel());
                insert.setString(2, plan.period().format());
                insert.setString(3, plan.goalMetric().value());
                insert.setBigDecimal(4, plan.goalValue());
                insert.setLong(5, plan.deals());
                insert.setString(6, plan.adoptedBy());
                insert.setTimestamp(7, Timestamp.from(plan.adoptedAt()));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into adopted_plan_stage"
                    + " (funnel_id, period, position, stage_key, team_id, required, rate_to_next, rate_source)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < plan.stages().size(); i++) {
                    AdoptedPlan.Requirement stage = plan.stages().get(i);
                    insert.setLong(1, plan.funnel());
                    insert.setString(2, plan.period().format());
                    insert.setInt(3, i);
                    insert.setString(4, stage.stage());
                    insert.setLong(5, stage.team().value());
                    insert.setLong(6, stage.required());
                    if (stage.rateToNext().isPresent()) {
                        insert.setBigDecimal(7, stage.rateToNext().get());
                    } else {
                        insert.setNull(7, Types.NUMERIC);
                    }
                    insert.setString(8, stage.rateSource().orElse(null));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @Override
    public Optional<AdoptedPlan> find(long funnel, Period period) {
        return read(" where funnel_id = ? and period = ?", funnel, period).stream()
                .findFirst();
    }

    @Override
    public List<AdoptedPlan> inPeriod(Period period) {
        return read(" where period = ?", null, period);
    }

    private List<AdoptedPlan> read(String where, Long funnel, Period period) {
        return session().doReturningWork(connection -> {
            Map<Long, List<AdoptedPlan.Requirement>> stages = new LinkedHashMap<>();
            try (PreparedStatement select =
                            prepare(connection, STAGES + where + " order by funnel_id, position", funnel, period);
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    BigDecimal rate = result.getBigDecimal(6);
                    stages.computeIfAbsent(result.getLong(1), id -> new ArrayList<>())
                            .add(new AdoptedPlan.Requirement(
                                    result.getString(3),
                                    new TeamId(result.getLong(4)),
                                    result.getLong(5),
                                    Optional.ofNullable(rate).map(BigDecimal::stripTrailingZeros),
                                    Optional.ofNullable(result.getString(7))));
                }
            }
            List<AdoptedPlan> plans = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, PLANS + where + " order by funnel_id", funnel, period);
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    plans.add(new AdoptedPlan(
                            id,
                            Period.parse(result.getString(2)),
                            MetricKey.of(result.getString(3)),
                            result.getBigDecimal(4).stripTrailingZeros(),
                            result.getLong(5),
                            stages.getOrDefault(id, List.of()),
                            result.getString(6),
                            result.getTimestamp(7).toInstant()));
                }
            }
            return plans;
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Long funnel, Period period)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int next = 1;
        if (funnel != null) {
            statement.setLong(next++, funnel);
        }
        statement.setString(next, period.format());
        return statement;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
