package dev.baton.application.target;

import dev.baton.application.shared.PageRequest;
import dev.baton.application.shared.Validation;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

public record ListTargetsQuery(
        Optional<TeamId> team, Optional<Period> period, Optional<MetricKey> metric, PageRequest page) {

    public ListTargetsQuery {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(page, "page");
    }

    public static ListTargetsQuery of(Long team, String period, String metric, Integer page, Integer size) {
        Validation v = new Validation();
        Optional<TeamId> teamId =
                team == null ? Optional.empty() : Optional.ofNullable(v.field("team", () -> new TeamId(team)));
        Optional<Period> inPeriod = period == null || period.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(v.field("period", () -> Period.parse(period)));
        Optional<MetricKey> onMetric = metric == null || metric.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(v.field("metric", () -> MetricKey.of(metric.strip())));
        PageRequest pageRequest = v.field("page", () -> PageRequest.of(page, size));
        v.throwIfInvalid();
        return new ListTargetsQuery(teamId, inPeriod, onMetric, pageRequest);
    }
}
