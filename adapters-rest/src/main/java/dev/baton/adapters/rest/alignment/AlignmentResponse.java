package dev.baton.adapters.rest.alignment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.adapters.rest.metric.Texts;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.domain.alignment.AlignmentReport;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.alignment.MetricSlot;
import dev.baton.domain.alignment.feasibility.ImpliedRange;
import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The alignment report as JSON. Teams are named by key for a plan sent to be evaluated, and as {@code {id, name}} for
 * the stored plan. Implied ranges are keyed by metric ({@code average_deal_value}, with its scope in brackets and its
 * period after a space when that is not the report's).
 */
public record AlignmentResponse(
        String period,
        int score,
        String scoreFormula,
        List<HandoffResponse> handoffs,
        List<FindingResponse> findings,
        Map<String, RangeResponse> impliedRanges,
        List<Texts> notes) {

    public record TeamRef(long id, String name) {}

    @Schema(name = "AlignmentHandoff")
    public record HandoffResponse(
            String funnel,
            String from,
            String to,
            Object fromTeam,
            Object toTeam,
            boolean covered,
            List<String> sharedMetrics) {}

    public record FindingHandoff(String from, String to, Object fromTeam, Object toTeam) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FindingResponse(
            String code,
            String severity,
            List<Object> teams,
            List<String> metrics,
            FindingHandoff handoff,
            Texts message,
            List<String> suggestions,
            List<String> targets) {}

    public record RangeResponse(String metric, String scope, String period, BigDecimal min, BigDecimal max) {}

    public static AlignmentResponse of(AlignmentOutcome outcome) {
        Function<TeamId, Object> team = id -> outcome.teamKey(id)
                .<Object>map(key -> key)
                .orElseGet(() -> new TeamRef(id.value(), outcome.teamName(id)));
        AlignmentReport report = outcome.report();
        return new AlignmentResponse(
                report.period().format(),
                report.score(),
                report.scoreFormula(),
                report.handoffs().stream().map(h -> handoff(h, team)).toList(),
                report.findings().stream().map(f -> finding(f, team)).toList(),
                ranges(report),
                report.notes().stream().map(n -> new Texts(n.en(), n.zhCn())).toList());
    }

    private static HandoffResponse handoff(HandoffCoverage coverage, Function<TeamId, Object> team) {
        Handoff h = coverage.handoff();
        return new HandoffResponse(
                coverage.funnel(),
                h.from().key(),
                h.to().key(),
                team.apply(h.fromTeam()),
                team.apply(h.toTeam()),
                coverage.covered(),
                coverage.sharedMetrics().stream().map(MetricSlot::metricLabel).toList());
    }

    private static FindingResponse finding(Finding finding, Function<TeamId, Object> team) {
        return new FindingResponse(
                finding.code().name(),
                finding.severity().name(),
                finding.teams().stream().map(team).toList(),
                finding.metrics().stream().map(MetricKey::value).toList(),
                finding.handoff()
                        .map(h -> new FindingHandoff(
                                h.from().key(), h.to().key(), team.apply(h.fromTeam()), team.apply(h.toTeam())))
                        .orElse(null),
                new Texts(finding.message().en(), finding.message().zhCn()),
                finding.suggestions().stream().map(MetricKey::value).toList(),
                finding.targets().stream().map(KpiTargetId::toString).toList());
    }

    private static Map<String, RangeResponse> ranges(AlignmentReport report) {
        Map<String, RangeResponse> ranges = new LinkedHashMap<>();
        for (ImpliedRange range : report.impliedRanges()) {
            String label = range.slot().metricLabel();
            if (!range.period().equals(report.period())) {
                label += " " + range.period().format();
            }
            ranges.put(
                    label,
                    new RangeResponse(
                            range.metric().value(),
                            range.scope().map(Object::toString).orElse(null),
                            range.period().format(),
                            range.min().orElse(null),
                            range.max().orElse(null)));
        }
        return ranges;
    }
}
