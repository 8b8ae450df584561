package dev.baton.adapters.web.kpi;

import dev.baton.adapters.web.scorecard.ScorecardViews;
import dev.baton.application.checkin.LatestCheckInUseCase;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.target.KpiTargetId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The owners' latest check-ins beside the scorecard's KPI lines, as {@code {inject:checkins.of(view, row.targetId)}}:
 * read once per page for every line's target, so the scorecard's own page and view stay as they are. (Once per team
 * table was 200 statements, each in its own transaction, on a company of 200 teams: a quarter of a cold scorecard.)
 */
@Named("checkins")
@RequestScoped
public class LatestCheckIns {

    /** A check-in as a KPI line shows it: the owner's confidence and the first line of the note, the whole on focus. */
    public record Line(String confidence, String firstLine, String note) {}

    /** Targets read in one statement. */
    static final int SLICE = 1000;

    @Inject
    LatestCheckInUseCase latest;

    private final Map<KpiTargetId, CheckIn> loaded = new HashMap<>();
    private final Set<KpiTargetId> asked = new HashSet<>();

    public Optional<Line> of(ScorecardViews.ScorecardView view, String targetId) {
        KpiTargetId id = KpiTargetId.of(targetId);
        if (!asked.contains(id)) {
            List<KpiTargetId> ids = new ArrayList<>();
            for (ScorecardViews.TeamTable team : view.teams()) {
                for (ScorecardViews.KpiRow row : team.rows()) {
                    ids.add(KpiTargetId.of(row.targetId()));
                }
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
            asked.addAll(ids);
            // In slices, so that no statement carries more parameters than the database takes in one.
            for (int from = 0; from < ids.size(); from += SLICE) {
                loaded.putAll(latest.latest(ids.subList(from, Math.min(ids.size(), from + SLICE))));
            }
        }
        return Optional.ofNullable(loaded.get(id))
                .map(CheckIn::current)
                .map(t -> new Line(t.confidence().name(), t.firstLine(), t.note()));
    }
}
