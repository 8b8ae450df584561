package dev.baton.application.demo;

import dev.baton.application.checkin.CheckInCommand;
import dev.baton.application.checkin.CheckInInput;
import dev.baton.application.checkin.RecordCheckInUseCase;
import dev.baton.application.funnel.DefineFunnelUseCase;
import dev.baton.application.funnel.FunnelCommand;
import dev.baton.application.funnel.StageInput;
import dev.baton.application.measure.RecordMeasuresCommand;
import dev.baton.application.measure.RecordMeasuresUseCase;
import dev.baton.application.person.CreatePersonCommand;
import dev.baton.application.person.CreatePersonUseCase;
import dev.baton.application.proposal.ProposalInput;
import dev.baton.application.proposal.ProposeTargetCommand;
import dev.baton.application.proposal.ProposeTargetUseCase;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.signin.GrantSignInCommand;
import dev.baton.application.signin.GrantSignInUseCase;
import dev.baton.application.target.SetKpiTargetCommand;
import dev.baton.application.target.SetKpiTargetUseCase;
import dev.baton.application.target.TargetInput;
import dev.baton.application.target.ThresholdInput;
import dev.baton.application.team.AddTeamMemberUseCase;
import dev.baton.application.team.CreateTeamCommand;
import dev.baton.application.team.CreateTeamUseCase;
import dev.baton.application.team.TeamMembershipCommand;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A believable B2B SaaS company for a first look: marketing, sales, product and customer success with their leads,
 * an executive, and a sign-in for each role; the funnel "Main" from visitor to renewal split between marketing, sales
 * and customer success; six months of measures ending today (five complete months, the last holding the source
 * article's numbers: 21 deals at 7,500, 1,800,000 revenue over 360 orders from 60 new customers, a 100,000 five-year
 * contract; and the current month to date), the deal flow (deals, their average value, new customers, stage entries)
 * on the funnel as a CRM import writes it and the rest organisation-wide; and targets for the current quarter at the quarter's scale, judged on
 * pace: lead volume on pace, new customers at risk, new revenue behind. The plan is left imperfect on purpose, so the scorecard has something to say:
 * marketing and sales share new revenue at MQL → SQL, the customer → active handoff between sales and customer success
 * shares nothing, and marketing's lead volume pulls against sales' SQL → customer conversion (a TENSION). Three
 * owners have checked in, and sales' open proposal to marketing would settle the tension once accepted.
 *
 * <p>It goes through the same use cases as a person would, so it is audited and validated like any other change, and
 * it runs only on a database that has no teams yet.
 */
@ApplicationScoped
public class SeedDemoCompanyService implements SeedDemoCompanyUseCase {

    static final String DEMO_PASSWORD = "baton-demo-2026";

    private final TeamRepository teams;
    private final CreatePersonUseCase createPerson;
    private final CreateTeamUseCase createTeam;
    private final AddTeamMemberUseCase addMember;
    private final GrantSignInUseCase grantSignIn;
    private final DefineFunnelUseCase defineFunnel;
    private final RecordMeasuresUseCase recordMeasures;
    private final SetKpiTargetUseCase setTarget;
    private final RecordCheckInUseCase recordCheckIn;
    private final ProposeTargetUseCase propose;
    private final Clock clock;

    @Inject
    public SeedDemoCompanyService(
            TeamRepository teams,
            CreatePersonUseCase createPerson,
            CreateTeamUseCase createTeam,
            AddTeamMemberUseCase addMember,
            GrantSignInUseCase grantSignIn,
            DefineFunnelUseCase defineFunnel,
            RecordMeasuresUseCase recordMeasures,
            SetKpiTargetUseCase setTarget,
            RecordCheckInUseCase recordCheckIn,
            ProposeTargetUseCase propose,
            Clock clock) {
        this.teams = teams;
        this.createPerson = createPerson;
        this.createTeam = createTeam;
        this.addMember = addMember;
        this.grantSignIn = grantSignIn;
        this.defineFunnel = defineFunnel;
        this.recordMeasures = recordMeasures;
        this.setTarget = setTarget;
        this.recordCheckIn = recordCheckIn;
        this.propose = propose;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<DemoSignIn> seedIfEmpty() {
        if (teams.list(Optional.empty(), true, new PageRequest(0, 1)).total() > 0) {
            return List.of();
        }
        Person maya = person("Maya Chen", "maya.chen@demo.baton", "TEAM_LEAD");
        Person sam = person("Sam Okafor", "sam.okafor@demo.baton", "TEAM_LEAD");
        Person priya = person("Priya Natarajan", "priya.natarajan@demo.baton", "TEAM_LEAD");
        Person carlos = person("Carlos Ruiz", "carlos.ruiz@demo.baton", "TEAM_LEAD");
        Person erin = person("Erin Walsh", "erin.walsh@demo.baton", "EXECUTIVE");
        Person dana = person("Dana Admin", "dana.admin@demo.baton", "ADMIN");
        Person leo = person("Leo Park", "leo.park@demo.baton", "TEAM_LEAD");

        Team marketing = team("Marketing", "MARKETING", maya);
        Team sales = team("Sales", "SALES", sam);
        Team product = team("Product", "PRODUCT", priya);
        Team success = team("Customer Success", "CUSTOMER_SUCCESS", carlos);
        addMember.addMember(new TeamMembershipCommand(marketing.id(), leo.id()));
        addMember.addMember(new TeamMembershipCommand(sales.id(), leo.id()));

        long main = defineFunnel
                .define(FunnelCommand.define(
                        "Main",
                        List.of(
                                stage("visitor", "Visitor", marketing),
                                stage("lead", "Lead", marketing),
                                stage("mql", "MQL", marketing),
                                stage("sql", "SQL", sales),
                                stage("opportunity", "Opportunity", sales),
                                stage("customer", "Customer", sales),
                                stage("active", "Active", success),
                                stage("renewed", "Renewed", success))))
                .id();
        LocalDate today = LocalDate.now(clock);
        YearMonth now = YearMonth.from(today);
        for (int back = MONTHS_OF_MEASURES - 1; back >= 0; back--) {
            YearMonth month = now.minusMonths(back);
            Map<String, Object> values = back == 0 ? toDate(measures(back), today) : measures(back);
            String period = Period.month(month).format();
            recordMeasures.record(RecordMeasuresCommand.of(period, null, "", organisationWide(values)));
            recordMeasures.record(RecordMeasuresCommand.of(period, Long.toString(main), "", ofTheFunnel(values)));
        }
        String quarter =
                Period.quarter(now.getYear(), (now.getMonthValue() - 1) / 3 + 1).format();
        // Targets are at the scale of their quarter; the scorecard judges them on pace while the quarter runs, in the
        // quarter view and in each of its months alike. The run rates (about 1,200 leads, 60 new customers and 21
        // deals × 7,500 a month) put lead volume on pace, new customers at risk and new revenue behind.
        KpiTarget leads = target(marketing, "lead_count", quarter, "AT_LEAST", "3300", null, "1,100 leads a month.");
        target(marketing, "new_revenue", quarter, "AT_LEAST", "600000", null, "Shared with sales at MQL → SQL.");
        target(marketing, "cpl", quarter, "AT_MOST", "170", null, "Paid search got dearer; hold the line.");
        KpiTarget revenue =
                target(sales, "new_revenue", quarter, "AT_LEAST", "600000", null, "A stretch: 200,000 a month.");
        KpiTarget customers =
                target(sales, "new_customers", quarter, "AT_LEAST", "190", null, "Up from 180 last quarter.");
        scoped(sales, "stage_conversion_rate", "sql", "customer", quarter, "AT_LEAST", "25");
        target(sales, "cac", quarter, "AT_MOST", "5500", null, "Last quarter ran at 6,000.");
        // A quarter's churn rate counts the whole quarter's churn over the customers it started with: about 5 % for
        // 14 of 800 a month. "At most 2" read as a monthly bar and put the quarter off track while every month was
        // on it; 6 holds both views on track.
        target(success, "customer_churn_rate", quarter, "AT_MOST", "6", null, "About 2 % a month.");
        target(success, "net_revenue_retention", quarter, "AT_LEAST", "100", null, null);
        scoped(success, "stage_conversion_rate", "active", "renewed", quarter, "AT_LEAST", "85");
        target(product, "task_completion_rate", quarter, "BETWEEN", "80", "95", "Onboarding tasks in the app.");
        // The owners' word beside Baton's standing: sales is confident on revenue while Baton says it is behind pace,
        // so
        // the scorecard shows the two disagreeing.
        checkIn(leads, "Webinar series carries us: 1,150 leads so far this month.", "ON_TRACK", "3400");
        checkIn(
                revenue,
                "Two large deals close late in the quarter.\nThe pipeline covers the gap.",
                "ON_TRACK",
                "610000");
        checkIn(customers, "Smaller accounts churn in trial; onboarding fix ships next sprint.", "AT_RISK", null);
        // One proposal left open: sales asks marketing to share the SQL → customer conversion its lead volume pulls
        // against, which would settle that tension once marketing accepts.
        propose.propose(ProposeTargetCommand.of(new ProposalInput(
                sales.id().value(),
                marketing.id().value(),
                "stage_conversion_rate",
                "sql",
                "customer",
                quarter,
                new ThresholdInput("AT_LEAST", new BigDecimal("25"), null, null),
                "Hold the SQL → customer conversion with us, so more leads never means worse ones.")));

        List<DemoSignIn> signIns = new ArrayList<>();
        signIns.add(signIn(erin, "demo-executive", "EXECUTIVE"));
        signIns.add(signIn(maya, "demo-lead", "TEAM_LEAD"));
        // The two leads of the uncovered customer → active handoff, who settle it between themselves.
        signIns.add(signIn(sam, "demo-sales-lead", "TEAM_LEAD"));
        signIns.add(signIn(carlos, "demo-success-lead", "TEAM_LEAD"));
        signIns.add(signIn(dana, "demo-admin", "ADMIN"));
        return signIns;
    }

    static final int MONTHS_OF_MEASURES = 6;

    /**
     * Month-to-month swing, oldest first: the last complete month holds the article's numbers exactly, and the running
     * month (the last) the same run rate to date. The three latest months stay within 2 %, so wherever the running
     * quarter stands its paces tell the same story.
     */
    private static final double[] SWING = {0.91, 0.96, 1.05, 0.98, 1.0, 1.0};

    private static final int[] DEALS = {18, 19, 23, 20, 21, 21};

    /**
     * The running month's measures as recorded so far: what flows through a month (everything that rolls up by SUM)
     * counts the days elapsed, today included; stocks, averages and terms stand as they are.
     */
    static Map<String, Object> toDate(Map<String, Object> month, LocalDate today) {
        double share = (double) today.getDayOfMonth() / today.lengthOfMonth();
        Map<String, Object> toDate = new LinkedHashMap<>();
        month.forEach((key, value) -> {
            boolean flow = BuiltInMetricCatalog.instance()
                    .find(MetricKey.of(key))
                    .map(definition -> definition.rollUp() == RollUp.SUM)
                    .orElse(false);
            toDate.put(key, flow ? Math.round(((Number) value).doubleValue() * share) : value);
        });
        return toDate;
    }

    /**
     * Whether a measure is one a CRM delivers per pipeline (what a HubSpot or Salesforce import derives): the demo
     * records those on its funnel "Main", as an import would, so that importing a deals export into Main moves the
     * scorecard (an organisation-wide value of the same month would win over the funnel's). With one funnel the
     * combined values are the same as organisation-wide ones.
     */
    static boolean ofTheFunnel(String measure) {
        return measure.startsWith("entered:") || CRM_MEASURES.contains(measure);
    }

    private static final Set<String> CRM_MEASURES = Set.of("deals", "average_deal_value", "new_customers");

    static Map<String, Object> ofTheFunnel(Map<String, Object> values) {
        Map<String, Object> part = new LinkedHashMap<>(values);
        part.keySet().removeIf(measure -> !ofTheFunnel(measure));
        return part;
    }

    static Map<String, Object> organisationWide(Map<String, Object> values) {
        Map<String, Object> part = new LinkedHashMap<>(values);
        part.keySet().removeIf(SeedDemoCompanyService::ofTheFunnel);
        return part;
    }

    /** The measures of the whole month {@code back} months before the current one. */
    static Map<String, Object> measures(int back) {
        double f = SWING[MONTHS_OF_MEASURES - 1 - back];
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revenue", scaled(1_800_000, f));
        m.put("orders", scaled(360, f));
        m.put("new_customers", scaled(60, f));
        m.put("deals", DEALS[MONTHS_OF_MEASURES - 1 - back]);
        m.put("average_deal_value", 7500);
        m.put("marketing_expense", 210_000);
        m.put("sales_expense", 150_000);
        m.put("leads", scaled(1200, f));
        m.put("visits", scaled(24_000, f));
        m.put("returning_visits", scaled(7_200, f));
        m.put("sqls", scaled(240, f));
        m.put("won_deals", DEALS[MONTHS_OF_MEASURES - 1 - back]);
        m.put("lifespan_years", new BigDecimal("0.8"));
        m.put("contract_value", 100_000);
        m.put("contract_months", 60);
        m.put("arpu", 500);
        m.put("gross_margin", 80);
        m.put("paying_customers", 800);
        m.put("customers_at_start", 800);
        m.put("churned_customers", scaled(14, 2 - f));
        m.put("start_mrr", 400_000);
        m.put("expansion_mrr", scaled(18_000, f));
        m.put("contraction_mrr", 4_000);
        m.put("churned_mrr", scaled(8_000, 2 - f));
        m.put("tasks_attempted", 1_000);
        m.put("tasks_completed", scaled(850, f));
        m.put("entered:visitor", scaled(24_000, f));
        m.put("entered:lead", scaled(1200, f));
        m.put("entered:mql", scaled(480, f));
        m.put("entered:sql", scaled(240, f));
        m.put("entered:opportunity", scaled(96, f));
        m.put("entered:customer", scaled(60, f));
        m.put("entered:active", scaled(57, f));
        m.put("entered:renewed", scaled(50, f));
        return m;
    }

    private static long scaled(long base, double factor) {
        return Math.round(base * factor);
    }

    private static StageInput stage(String key, String name, Team owner) {
        return new StageInput(key, name, owner.id().value());
    }

    private KpiTarget target(
            Team team, String metric, String period, String type, String value, String max, String why) {
        return target(team, metric, null, null, period, type, value, max, why);
    }

    private void scoped(Team team, String metric, String from, String to, String period, String type, String value) {
        target(team, metric, from, to, period, type, value, null, null);
    }

    private KpiTarget target(
            Team team,
            String metric,
            String scopeFrom,
            String scopeTo,
            String period,
            String type,
            String value,
            String max,
            String rationale) {
        boolean between = "BETWEEN".equals(type);
        ThresholdInput threshold = new ThresholdInput(
                type,
                between ? null : new BigDecimal(value),
                between ? new BigDecimal(value) : null,
                between ? new BigDecimal(max) : null);
        return setTarget
                .set(SetKpiTargetCommand.of(new TargetInput(
                        team.id().value(),
                        metric,
                        scopeFrom,
                        scopeTo,
                        period,
                        threshold,
                        team.owner().value(),
                        rationale)))
                .target();
    }

    private void checkIn(KpiTarget target, String note, String confidence, String forecast) {
        recordCheckIn.record(CheckInCommand.record(
                target.id().toString(),
                new CheckInInput(note, confidence, forecast == null ? null : new BigDecimal(forecast), null)));
    }

    private Person person(String name, String email, String role) {
        return createPerson.create(CreatePersonCommand.of(name, email, List.of(role)));
    }

    private Team team(String name, String kind, Person owner) {
        return createTeam.create(CreateTeamCommand.of(name, kind, owner.id().value()));
    }

    private DemoSignIn signIn(Person person, String username, String role) {
        grantSignIn.grant(GrantSignInCommand.of(person.id().value(), username, DEMO_PASSWORD));
        return new DemoSignIn(username, DEMO_PASSWORD, role);
    }
}
