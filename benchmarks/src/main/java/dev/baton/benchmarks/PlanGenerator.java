package dev.baton.benchmarks;

import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.alignment.AlignmentPlan;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.alignment.TensionCatalog;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds plans of a chosen size for the benchmark: one funnel per product line (visitor → lead → mql owned by a
 * marketing team, sql → opportunity → customer by a sales team, active → renewed by a customer-success team), each
 * team holding ten targets for the month, its quarter and its year, shared across each handoff. Marketing teams also
 * hold a company-wide CAC target (two different bars), and every 50th product line has targets that cannot all be
 * met, so every rule has work to do.
 */
public final class PlanGenerator {

    /** Thirty targets per product line: ten for each of its three teams. */
    public static final int TARGETS_PER_FUNNEL = 30;

    public static final Period PERIOD = Period.month(2026, 9);
    private static final Period QUARTER = Period.quarter(2026, 3);
    private static final Period YEAR = Period.year(2026);
    private static final PersonId OWNER = new PersonId(1);
    private static final String[] STAGES = {"visitor", "lead", "mql", "sql", "opp", "customer", "active", "renewed"};

    private final List<PlanTeam> teams = new ArrayList<>();
    private final List<Funnel> funnels = new ArrayList<>();
    private final List<KpiTarget> targets = new ArrayList<>();
    private long ids;

    private PlanGenerator() {}

    /** A plan with about {@code targetCount} targets (rounded down to whole product lines). */
    public static PlanGenerator ofSize(int targetCount) {
        PlanGenerator generator = new PlanGenerator();
        int lines = Math.max(1, targetCount / TARGETS_PER_FUNNEL);
        for (int line = 0; line < lines; line++) {
            generator.productLine(line);
        }
        return generator;
    }

    public AlignmentPlan plan(MetricCatalog catalog) {
        return new AlignmentPlan(PERIOD, teams, funnels, targets, Map.of(), catalog, TensionCatalog.defaults());
    }

    public int targetCount() {
        return targets.size();
    }

    private void productLine(int line) {
        String p = "p" + line + "-";
        TeamId marketing = team("Marketing " + line, DepartmentKind.MARKETING);
        TeamId sales = team("Sales " + line, DepartmentKind.SALES);
        TeamId success = team("Customer Success " + line, DepartmentKind.CUSTOMER_SUCCESS);
        TeamId[] owners = {marketing, marketing, marketing, sales, sales, sales, success, success};
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < STAGES.length; i++) {
            stages.add(new Stage(p + STAGES[i], STAGES[i], owners[i]));
        }
        funnels.add(new Funnel("Product line " + line, stages));
        boolean infeasible = line % 50 == 49;

        entries(marketing, p + "visitor", PERIOD, Threshold.atLeast("10000"));
        entries(marketing, p + "lead", PERIOD, Threshold.atLeast("2000"));
        entries(marketing, p + "mql", PERIOD, infeasible ? Threshold.atMost("100") : Threshold.atLeast("500"));
        conversion(marketing, p + "visitor", p + "lead", PERIOD, Threshold.atLeast("15"));
        conversion(marketing, p + "lead", p + "mql", PERIOD, Threshold.atLeast("20"));
        conversion(marketing, p + "mql", p + "sql", PERIOD, Threshold.atLeast("30"));
        entries(marketing, p + "sql", PERIOD, Threshold.atLeast("150"));
        target(
                marketing,
                MetricKey.of("cac"),
                Optional.empty(),
                PERIOD,
                Threshold.atMost(line % 2 == 0 ? "500" : "600"));
        entries(marketing, p + "visitor", QUARTER, Threshold.atLeast("30000"));
        conversion(marketing, p + "visitor", p + "lead", YEAR, Threshold.atLeast("12"));

        conversion(sales, p + "mql", p + "sql", PERIOD, Threshold.atLeast("30"));
        entries(sales, p + "sql", PERIOD, Threshold.atLeast("150"));
        entries(sales, p + "opp", PERIOD, Threshold.atLeast("60"));
        entries(sales, p + "customer", PERIOD, Threshold.atLeast("20"));
        conversion(sales, p + "sql", p + "opp", PERIOD, Threshold.atLeast("40"));
        conversion(sales, p + "opp", p + "customer", PERIOD, Threshold.atLeast("30"));
        conversion(sales, p + "customer", p + "active", PERIOD, Threshold.atLeast("90"));
        entries(sales, p + "customer", QUARTER, Threshold.atLeast("60"));
        entries(sales, p + "opp", QUARTER, Threshold.atLeast("180"));
        conversion(sales, p + "sql", p + "opp", YEAR, Threshold.atLeast("35"));

        conversion(success, p + "customer", p + "active", PERIOD, Threshold.atLeast("90"));
        entries(success, p + "active", PERIOD, Threshold.atLeast("18"));
        entries(success, p + "renewed", PERIOD, Threshold.between("15", "18"));
        conversion(success, p + "active", p + "renewed", PERIOD, Threshold.atLeast("80"));
        entries(success, p + "active", QUARTER, Threshold.atLeast("54"));
        entries(success, p + "renewed", QUARTER, Threshold.atLeast("45"));
        conversion(success, p + "active", p + "renewed", QUARTER, Threshold.atLeast("80"));
        conversion(success, p + "active", p + "renewed", YEAR, Threshold.atLeast("75"));
        entries(success, p + "renewed", YEAR, Threshold.atLeast("180"));
        entries(success, p + "active", YEAR, Threshold.atLeast("200"));
    }

    private TeamId team(String name, DepartmentKind kind) {
        TeamId id = new TeamId(teams.size() + 1L);
        teams.add(new PlanTeam(id, name, kind));
        return id;
    }

    private void entries(TeamId team, String stage, Period period, Threshold threshold) {
        target(team, MetricKey.stageEntries(stage), Optional.empty(), period, threshold);
    }

    private void conversion(TeamId team, String from, String to, Period period, Threshold threshold) {
        target(team, MetricKey.of("stage_conversion_rate"), Optional.of(new StageScope(from, to)), period, threshold);
    }

    private void target(TeamId team, MetricKey metric, Optional<StageScope> scope, Period period, Threshold threshold) {
        KpiTargetId id = new KpiTargetId(new UUID(0, ++ids));
        targets.add(new KpiTarget(id, team, metric, scope, period, threshold, OWNER, Optional.empty(), 0));
    }
}
