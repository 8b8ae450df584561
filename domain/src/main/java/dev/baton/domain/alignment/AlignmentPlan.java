package dev.baton.domain.alignment;

import dev.baton.domain.alignment.feasibility.Feasibility;
import dev.baton.domain.alignment.feasibility.IntervalPropagation;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the alignment rules look at: the period, the teams, the funnels, the targets, the actuals of the period,
 * the metric catalog and the tension catalog.
 *
 * <p>The targets <em>in force</em> are those of the period itself and of its enclosing periods (a month's quarter and
 * year): a team that set a quarterly target holds it in each month of the quarter. Targets of other periods are
 * ignored. The plan indexes its targets once (by team, by slot, by metric) so that every rule runs in time near linear
 * in the number of targets.
 */
public final class AlignmentPlan {

    private final Period period;
    private final List<PlanTeam> teams;
    private final List<Funnel> funnels;
    private final List<KpiTarget> targets;
    private final Map<MetricKey, BigDecimal> actuals;
    private final MetricCatalog catalog;
    private final TensionCatalog tensions;

    private final List<Period> periodsInForce;
    private final List<KpiTarget> targetsInForce;
    private final Map<TeamId, PlanTeam> teamsById;
    private final Map<TeamId, List<KpiTarget>> targetsByTeam;
    private final Map<TeamId, Set<MetricSlot>> slotsByTeam;
    private final Map<MetricSlot, List<KpiTarget>> targetsBySlot;
    private final Map<MetricSlot, Boolean> sharedSlots;
    private Map<MetricKey, List<KpiTarget>> targetsByMetric;

    private Feasibility feasibility;

    public AlignmentPlan(
            Period period,
            List<PlanTeam> teams,
            List<Funnel> funnels,
            List<KpiTarget> targets,
            Map<MetricKey, BigDecimal> actuals,
            MetricCatalog catalog,
            TensionCatalog tensions) {
        this.period = Objects.requireNonNull(period, "a plan is for a period");
        this.teams = List.copyOf(Objects.requireNonNull(teams, "teams"));
        this.funnels = List.copyOf(Objects.requireNonNull(funnels, "funnels"));
        this.targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        this.actuals = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(actuals, "actuals")));
        this.catalog = Objects.requireNonNull(catalog, "a plan needs the metric catalog");
        this.tensions = Objects.requireNonNull(tensions, "a plan needs a tension catalog");

        this.periodsInForce = period.withEnclosing();
        Set<Period> inForce = new HashSet<>(periodsInForce);
        List<KpiTarget> active = new ArrayList<>();
        for (KpiTarget target : this.targets) {
            if (inForce.contains(target.period())) {
                active.add(target);
            }
        }
        this.targetsInForce = List.copyOf(active);

        this.teamsById = new LinkedHashMap<>();
        for (PlanTeam team : this.teams) {
            if (teamsById.put(team.id(), team) != null) {
                throw new IllegalArgumentException("team " + team.id().value() + " appears twice in the plan");
            }
        }
        this.targetsByTeam = new HashMap<>();
        this.slotsByTeam = new HashMap<>();
        this.targetsBySlot = new LinkedHashMap<>(targetsInForce.size() * 2);
        this.sharedSlots = new HashMap<>();
        for (KpiTarget target : targetsInForce) {
            // One slot instance per slot in every index, so that later lookups end at the identity check instead of
            // comparing the records' metric keys, stage scopes and periods field by field.
            SlotTargets inSlot = (SlotTargets) targetsBySlot.computeIfAbsent(MetricSlot.of(target), SlotTargets::new);
            MetricSlot slot = inSlot.slot;
            targetsByTeam.computeIfAbsent(target.team(), t -> new ArrayList<>()).add(target);
            slotsByTeam
                    .computeIfAbsent(target.team(), t -> new LinkedHashSet<>())
                    .add(slot);
            if (!inSlot.isEmpty() && !inSlot.get(0).team().equals(target.team())) {
                sharedSlots.put(slot, Boolean.TRUE);
            }
            inSlot.add(target);
        }
    }

    /** The targets in force in one slot, with the slot instance every index of the plan uses. */
    private static final class SlotTargets extends ArrayList<KpiTarget> {
        private static final long serialVersionUID = 1L;

        final transient MetricSlot slot;

        SlotTargets(MetricSlot slot) {
            super(2);
            this.slot = slot;
        }
    }

    public Period period() {
        return period;
    }

    public List<PlanTeam> teams() {
        return teams;
    }

    public List<Funnel> funnels() {
        return funnels;
    }

    /** Every target given, in force or not. */
    public List<KpiTarget> targets() {
        return targets;
    }

    public Map<MetricKey, BigDecimal> actuals() {
        return actuals;
    }

    public MetricCatalog catalog() {
        return catalog;
    }

    public TensionCatalog tensions() {
        return tensions;
    }

    /** The period followed by its enclosing periods, whose targets all apply. */
    public List<Period> periodsInForce() {
        return periodsInForce;
    }

    /** The targets of the period and of its enclosing periods. */
    public List<KpiTarget> targetsInForce() {
        return targetsInForce;
    }

    public Optional<PlanTeam> team(TeamId id) {
        return Optional.ofNullable(teamsById.get(id));
    }

    /** The team's name, or its id when the plan does not list it. */
    public String teamName(TeamId id) {
        PlanTeam team = teamsById.get(id);
        return team == null ? "team " + id.value() : team.name();
    }

    public DepartmentKind teamKind(TeamId id) {
        PlanTeam team = teamsById.get(id);
        return team == null ? DepartmentKind.OTHER : team.kind();
    }

    public List<KpiTarget> targetsOf(TeamId team) {
        return targetsByTeam.getOrDefault(team, List.of());
    }

    public Set<MetricSlot> slotsOf(TeamId team) {
        return slotsByTeam.getOrDefault(team, Set.of());
    }

    /** The targets in force, grouped by slot, in the order slots first appear. */
    public Map<MetricSlot, List<KpiTarget>> targetsBySlot() {
        return Collections.unmodifiableMap(targetsBySlot);
    }

    /** The teams holding a target in the slot, in the order their targets were given. */
    public Set<TeamId> holders(MetricSlot slot) {
        Set<TeamId> holders = new LinkedHashSet<>();
        for (KpiTarget target : targetsBySlot.getOrDefault(slot, List.of())) {
            holders.add(target.team());
        }
        return holders;
    }

    /** Whether two or more teams hold a target in the slot: a shared metric. */
    public boolean isShared(MetricSlot slot) {
        return sharedSlots.containsKey(slot);
    }

    /** The targets in force on a metric, in any scope and period in force. */
    public synchronized List<KpiTarget> targetsOn(MetricKey metric) {
        if (targetsByMetric == null) {
            targetsByMetric = new HashMap<>();
            for (KpiTarget target : targetsInForce) {
                targetsByMetric
                        .computeIfAbsent(target.metric(), m -> new ArrayList<>())
                        .add(target);
            }
        }
        return targetsByMetric.getOrDefault(metric, List.of());
    }

    /** Whether the team holds a target on the metric (in any stage scope) in the period. */
    public boolean holds(TeamId team, MetricKey metric, Period inPeriod) {
        for (KpiTarget target : targetsOf(team)) {
            if (target.metric().equals(metric) && target.period().equals(inPeriod)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the team holds a target on the metric in any period in force and any scope. */
    public boolean holdsAnywhere(TeamId team, MetricKey metric) {
        for (KpiTarget target : targetsOf(team)) {
            if (target.metric().equals(metric)) {
                return true;
            }
        }
        return false;
    }

    /** The slots both teams hold: their shared metrics. */
    public List<MetricSlot> sharedSlots(TeamId a, TeamId b) {
        Set<MetricSlot> first = slotsOf(a);
        Set<MetricSlot> second = slotsOf(b);
        if (first.size() > second.size()) {
            Set<MetricSlot> swap = first;
            first = second;
            second = swap;
        }
        List<MetricSlot> shared = new ArrayList<>();
        for (MetricSlot slot : first) {
            if (second.contains(slot)) {
                shared.add(slot);
            }
        }
        return shared;
    }

    /** Every handoff of every funnel, in funnel order, with the metrics its two teams share in the period. */
    public List<HandoffCoverage> handoffs() {
        List<HandoffCoverage> all = new ArrayList<>();
        for (Funnel funnel : funnels) {
            for (Handoff handoff : funnel.handoffs()) {
                all.add(new HandoffCoverage(funnel.name(), handoff, sharedSlots(handoff.fromTeam(), handoff.toTeam())));
            }
        }
        return all;
    }

    /** The interval propagation over the plan's targets and actuals, run once and shared by the rules that need it. */
    synchronized Feasibility feasibility() {
        if (feasibility == null) {
            feasibility = new IntervalPropagation(this).run();
        }
        return feasibility;
    }
}
