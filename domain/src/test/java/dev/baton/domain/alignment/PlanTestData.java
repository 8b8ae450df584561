package dev.baton.domain.alignment;

import static dev.baton.domain.target.TargetTestData.CUSTOMER_SUCCESS;
import static dev.baton.domain.target.TargetTestData.MARKETING;
import static dev.baton.domain.target.TargetTestData.PRODUCT;
import static dev.baton.domain.target.TargetTestData.SALES;
import static dev.baton.domain.target.TargetTestData.aTarget;

import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.FunnelTestData;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.TargetTestData;
import dev.baton.domain.team.DepartmentKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Test-data builders for alignment plans. {@code aPlan()} starts with four teams (Marketing 1, Sales 2, Product 3,
 * Customer Success 4), no funnel and no target, for September 2026; {@code articleExample()} is the source article's
 * plan: Marketing holds CAC and new revenue, Sales holds new revenue and the SQL → customer conversion, over a funnel
 * mql (Marketing) → sql (Sales) → customer (Sales).
 */
public final class PlanTestData {

    private static MetricCatalog defaultCatalog = TestCatalog.instance();

    private PlanTestData() {}

    /** The catalog a plan is built over unless a test names one (see {@link OverBothCatalogs}). */
    static void defaultCatalog(MetricCatalog catalog) {
        defaultCatalog = catalog;
    }

    public static PlanBuilder aPlan() {
        return new PlanBuilder();
    }

    public static PlanBuilder articleExample() {
        return aPlan().onlyTeams(marketing(), sales())
                .funnel(FunnelTestData.aFunnel()
                        .stage("mql", MARKETING)
                        .stage("sql", SALES)
                        .stage("customer", SALES)
                        .build())
                .target(aTarget().forTeam(MARKETING).on("cac").atMost("500"))
                .target(aTarget().forTeam(MARKETING).on("new_revenue").atLeast("1000000"))
                .target(aTarget().forTeam(SALES).on("new_revenue").atLeast("1000000"))
                .target(aTarget()
                        .forTeam(SALES)
                        .on("stage_conversion_rate", "sql", "customer")
                        .atLeast("20"));
    }

    public static PlanTeam marketing() {
        return new PlanTeam(MARKETING, "Marketing", DepartmentKind.MARKETING);
    }

    public static PlanTeam sales() {
        return new PlanTeam(SALES, "Sales", DepartmentKind.SALES);
    }

    public static PlanTeam product() {
        return new PlanTeam(PRODUCT, "Product", DepartmentKind.PRODUCT);
    }

    public static PlanTeam customerSuccess() {
        return new PlanTeam(CUSTOMER_SUCCESS, "Customer Success", DepartmentKind.CUSTOMER_SUCCESS);
    }

    public static final class PlanBuilder {
        private Period period = TargetTestData.SEPTEMBER_2026;
        private List<PlanTeam> teams = new ArrayList<>(List.of(marketing(), sales(), product(), customerSuccess()));
        private final List<Funnel> funnels = new ArrayList<>();
        private final List<KpiTarget> targets = new ArrayList<>();
        private final Map<MetricKey, BigDecimal> actuals = new LinkedHashMap<>();
        private MetricCatalog catalog = defaultCatalog;
        private TensionCatalog tensions = TensionCatalog.defaults();

        public PlanBuilder in(String period) {
            this.period = Period.parse(period);
            return this;
        }

        public PlanBuilder onlyTeams(PlanTeam... teams) {
            this.teams = new ArrayList<>(List.of(teams));
            return this;
        }

        public PlanBuilder team(PlanTeam team) {
            teams.add(team);
            return this;
        }

        public PlanBuilder funnel(Funnel funnel) {
            funnels.add(funnel);
            return this;
        }

        public PlanBuilder target(TargetTestData.KpiTargetBuilder target) {
            targets.add(target.build());
            return this;
        }

        public PlanBuilder target(KpiTarget target) {
            targets.add(target);
            return this;
        }

        public PlanBuilder without(Predicate<KpiTarget> which) {
            targets.removeIf(which);
            return this;
        }

        public PlanBuilder actual(String metric, String value) {
            actuals.put(MetricKey.of(metric), new BigDecimal(value));
            return this;
        }

        public PlanBuilder catalog(MetricCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        public PlanBuilder tensions(TensionCatalog tensions) {
            this.tensions = tensions;
            return this;
        }

        public AlignmentPlan build() {
            return new AlignmentPlan(period, teams, funnels, targets, actuals, catalog, tensions);
        }
    }
}
