package dev.baton.application.kpi;

import dev.baton.application.audit.RecordedChange;
import dev.baton.application.proposal.ProposalDetails;
import dev.baton.application.target.TargetDetails;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything a KPI's own page shows: the target, its team, the actual of each of the last periods of its kind (none
 * while a period runs, as the rules take it), its check-ins (oldest first), the open proposals on its slot, and its
 * audit entries (newest first).
 */
public record KpiOverview(
        TargetDetails target,
        String teamName,
        List<Point> history,
        List<CheckIn> checkIns,
        boolean mayCheckIn,
        List<ProposalDetails> openProposals,
        List<RecordedChange> audit) {

    public KpiOverview {
        history = List.copyOf(history);
        checkIns = List.copyOf(checkIns);
        openProposals = List.copyOf(openProposals);
        audit = List.copyOf(audit);
    }

    /** One period of the history: its settled actual, if any. */
    public record Point(Period period, Optional<BigDecimal> actual) {}
}
