package dev.baton.application.target;

import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.proposal.ProposalBoard;
import dev.baton.application.proposal.ProposalDetails;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.team.Team;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the target editor of a team and period shows. {@code periodTargets} are all the targets in force in the period
 * (every team's), so a suggested shared metric can offer the neighbour's bar; {@code contexts} hold, for each of the
 * team's targets and for the metric chosen in the add form, what the number stands beside; {@code openProposals} are the
 * period's open proposals made by or to the team, each with what the viewer may do with it.
 */
public record TargetEditor(
        Team team,
        Period period,
        boolean mayEdit,
        List<TargetDetails> targets,
        Optional<KpiTarget> editing,
        MetricCatalog catalog,
        List<StoredFunnel> funnels,
        List<Person> people,
        AlignmentOutcome alignment,
        List<KpiTarget> periodTargets,
        List<NumberContext> contexts,
        List<ProposalBoard.Item> openProposals) {

    public TargetEditor {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(period, "period");
        targets = List.copyOf(targets);
        editing = editing == null ? Optional.empty() : editing;
        Objects.requireNonNull(catalog, "catalog");
        funnels = List.copyOf(funnels);
        people = List.copyOf(people);
        Objects.requireNonNull(alignment, "alignment");
        periodTargets = List.copyOf(periodTargets);
        contexts = List.copyOf(contexts);
        openProposals = List.copyOf(openProposals);
    }

    /**
     * The open proposals between the teams a finding names: those it would settle once accepted ("proposed by
     * Marketing, waiting for Sales").
     */
    public List<ProposalDetails> proposalsFor(Finding finding) {
        return openProposals.stream()
                .map(ProposalBoard.Item::details)
                .filter(d -> d.proposal().fromTeam().isPresent()
                        && finding.teams().contains(d.proposal().fromTeam().get())
                        && finding.teams().contains(d.proposal().toTeam()))
                .toList();
    }

    /** The context of one metric slot, if the editor read it. */
    public Optional<NumberContext> context(MetricKey metric, Optional<StageScope> scope, Period period) {
        return contexts.stream()
                .filter(c -> c.metric().equals(metric)
                        && c.scope().equals(scope)
                        && c.period().equals(period))
                .findFirst();
    }

    /**
     * What a number of one slot stands beside: the actuals of the last three complete periods of its length (oldest
     * first; empty where nothing was recorded), and the range the other teams' targets and the period's actuals imply
     * for it through the catalog's formulas (an absent end is unbounded; both absent: nothing is implied), and what an
     * adopted waterfall plan of the period requires of it: a stage's entries, or the goal itself.
     */
    public record NumberContext(
            MetricKey metric,
            Optional<StageScope> scope,
            Period period,
            List<PastActual> history,
            Optional<BigDecimal> impliedMin,
            Optional<BigDecimal> impliedMax,
            Optional<BigDecimal> planned) {

        public NumberContext {
            Objects.requireNonNull(metric, "metric");
            scope = scope == null ? Optional.empty() : scope;
            Objects.requireNonNull(period, "period");
            history = List.copyOf(history);
            impliedMin = impliedMin == null ? Optional.empty() : impliedMin;
            impliedMax = impliedMax == null ? Optional.empty() : impliedMax;
            planned = planned == null ? Optional.empty() : planned;
        }

        public boolean implied() {
            return impliedMin.isPresent() || impliedMax.isPresent();
        }
    }

    /** A complete period's actual of a metric, empty when the measures it needs were not recorded. */
    public record PastActual(Period period, Optional<BigDecimal> value) {

        public PastActual {
            Objects.requireNonNull(period, "period");
            value = value == null ? Optional.empty() : value;
        }
    }
}
