package dev.baton.application.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.AlreadyExistsException;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.person.Role;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Defining, reading and evaluating metrics over an in-memory fake of the custom metrics. */
class MetricServicesTest {

    private final World world = new World();
    private final DefineCustomMetricService define =
            new DefineCustomMetricService(world.customMetrics, world.catalogs(), world.access(), world.auditor());
    private final MetricQueryService query = new MetricQueryService(world.catalogs(), world.access());
    private final EvaluateMetricService evaluate = new EvaluateMetricService(world.catalogs(), world.access());

    @BeforeEach
    void anAdmin() {
        world.signInAdmin();
    }

    private static DefineCustomMetricCommand revenuePerOrder(String key, String formula) {
        return DefineCustomMetricCommand.of(
                key, "Revenue per order", "每单收入", null, null, "CURRENCY", "HIGHER_IS_BETTER", "REVENUE", formula);
    }

    @Test
    void anAdminDefinesAMetricThatTheCatalogThenHoldsAndEvaluates() {
        MetricDetails details = define.define(revenuePerOrder("revenue_per_order", "revenue / orders"));

        assertThat(details.definition().key()).isEqualTo(MetricKey.of("revenue_per_order"));
        assertThat(world.customMetrics.findByKey(MetricKey.of("revenue_per_order")))
                .isPresent();
        assertThat(query.get(MetricKey.of("revenue_per_order")).formula()).contains("revenue / orders");
        assertThat(query.list(ListMetricsQuery.all()))
                .extracting(d -> d.definition().key().value())
                .contains("revenue_per_order", "cac");
        MetricEvaluation value = evaluate.evaluate(EvaluateMetricCommand.of(
                MetricKey.of("revenue_per_order"), null, null, Map.of("revenue", 1_800_000, "orders", 360)));
        assertThat(value.value().toString()).contains("5000");
        assertThat(world.audit.actions()).containsExactly("metric:create");
    }

    @Test
    void aKeyDefinedOnceIsAlreadyTaken() {
        define.define(revenuePerOrder("revenue_per_order", "revenue / orders"));
        assertThatThrownBy(() -> define.define(revenuePerOrder("revenue_per_order", "revenue / visits")))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("key"));
    }

    @Test
    void anUnknownNameInTheFormulaIsAnErrorOnTheFormula() {
        assertThatThrownBy(() -> define.define(revenuePerOrder("per_moonbeam", "revenue / moonbeams")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("formula"));
        assertThat(world.customMetrics.findAll()).isEmpty();
    }

    @Test
    void aMissingFormulaAndABadUnitAreBothReported() {
        assertThatThrownBy(() -> DefineCustomMetricCommand.of(
                        "per_order", "Per order", "每单", null, null, "PARSECS", "HIGHER_IS_BETTER", "REVENUE", " "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).contains("unit", "formula"));
    }

    @Test
    void aLeadReadsTheCatalogButDefinesNoMetric() {
        world.signIn(world.person("Lee Lead", Role.TEAM_LEAD));
        assertThat(query.list(ListMetricsQuery.all())).isNotEmpty();
        assertThatThrownBy(() -> define.define(revenuePerOrder("revenue_per_order", "revenue / orders")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void nobodySignedInReadsNoCatalog() {
        world.signOut();
        assertThatThrownBy(() -> query.list(ListMetricsQuery.all())).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> evaluate.evaluate(
                        EvaluateMetricCommand.of(MetricKey.of("cac"), null, null, Map.of("new_customers", 1))))
                .isInstanceOf(UnauthenticatedException.class);
    }
}
