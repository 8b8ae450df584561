package dev.baton.adapters.web.kpi;

import dev.baton.adapters.web.scorecard.ScorecardViews;
import dev.baton.application.checkin.LatestCheckInUseCase;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.target.KpiTargetId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The owners' latest check-ins beside the scorecard's KPI lines, as {@code {inject:checkins.of(team.rows, row.targetId)}}:
 * read once per team table for all its lines' targets, so the scorecard's own page and view stay as they are.
 */
@Named("checkins")
@RequestScoped
public class LatestCheckIns {

    /** A check-in as a KPI line shows it: the owner's confidence and the first line of the note, the whole on focus. */
    public record Line(String confidence, String firstLine, String note) {}

    @Inject
    LatestCheckInUseCase latest;

    private final Map<KpiTargetId, CheckIn> loaded = new HashMap<>();
    private final Set<KpiTargetId> asked = new HashSet<>();

    public Optional<Line> of(List<ScorecardViews.KpiRow> rows, String targetId) {
        KpiTargetId id = KpiTargetId.of(targetId);
        if (!asked.contains(id)) {
            List<KpiTargetId> ids =
                    rows.stream().map(r -> KpiTargetId.of(r.targetId())).toList();
            asked.addAll(ids);
            loaded.putAll(latest.latest(ids));
        }
        return Optional.ofNullable(loaded.get(id))
                .map(CheckIn::current)
                .map(t -> new Line(t.confidence().name(), t.firstLine(), t.note()));
    }
}
