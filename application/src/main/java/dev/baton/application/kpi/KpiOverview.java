package dev.baton.application.kpi;

import dev.baton.application.audit.RecordedChange;
import dev.baton.application.proposal.ProposalDetails;
import dev.baton.application.target.TargetDetails;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.evaluation.Rounding;
import dev.baton.domain.period.Period;
import dev.baton.domain.scorecard.Pace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a KPI's own page shows: the target, its team, the actual of each of the last periods of its kind (none
 * while a period runs, as the rules take it), its check-ins (oldest first), the open proposals on its slot, the
 * alignment rules' findings that name it in its period, and its audit entries (newest first). While the target's period runs, {@code running} carries its actual to date and its
 * pace, taken from the scorecard's own standing of the target.
 */
public record KpiOverview(
        TargetDetails target,
        String teamName,
        List<Point> history,
        List<CheckIn> checkIns,
        boolean mayCheckIn,
        List<ProposalDetails> openProposals,
        List<Finding> findings,
        List<RecordedChange> audit,
        Optional<Running> running) {

    public KpiOverview {
        Objects.requireNonNull(running, "running");
        history = List.copyOf(history);
        checkIns = List.copyOf(checkIns);
        openProposals = List.copyOf(openProposals);
        findings = List.copyOf(findings);
        audit = List.copyOf(audit);
    }

    /** One period of the history: its settled actual, if any. */
    public record Point(Period period, Optional<BigDecimal> actual) {}

    /**
     * The running period as the scorecard stands it: the actual to date as the scorecard shows it (rounded for the
     * metric's unit) and the scorecard's {@link Pace}.
     */
    public record Running(Period period, Optional<BigDecimal> actualToDate, Pace pace, Unit unit) {

        public Running {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(actualToDate, "actualToDate");
            Objects.requireNonNull(pace, "pace");
            Objects.requireNonNull(unit, "unit");
        }

        /** Where the actual should be by now (a flow's bound × the elapsed share), rounded as the scorecard shows it. */
        public Optional<BigDecimal> expectedToDate() {
            return pace.expectedToDate().map(v -> Rounding.round(v, unit));
        }
    }
}
