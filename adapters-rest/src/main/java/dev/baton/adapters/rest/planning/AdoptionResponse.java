package dev.baton.adapters.rest.planning;

import dev.baton.application.planning.AdoptionOutcome;
import java.math.BigDecimal;
import java.util.List;

/**
 * What adopting wrote: each target of the caller's teams (CREATED, CHANGED, or UNCHANGED when it already held the
 * number), the proposed targets of other teams, not written, and the open proposals that ask those teams for them.
 */
public record AdoptionResponse(
        WaterfallResponse plan,
        List<WrittenResponse> written,
        List<NotWrittenResponse> notWritten,
        List<ProposedResponse> proposed) {

    public record WrittenResponse(
            String id, long team, String metric, String period, BigDecimal atLeast, String action, long version) {}

    public record NotWrittenResponse(long team, String teamName, String metric, String period, BigDecimal atLeast) {}

    public record ProposedResponse(
            String id,
            Long fromTeam,
            long toTeam,
            String toTeamName,
            String metric,
            String period,
            BigDecimal atLeast) {}

    static AdoptionResponse of(AdoptionOutcome outcome) {
        return new AdoptionResponse(
                WaterfallResponse.of(outcome.plan()),
                outcome.written().stream()
                        .map(w -> new WrittenResponse(
                                w.target().id().toString(),
                                w.target().team().value(),
                                w.target().metric().value(),
                                w.target().period().format(),
                                w.target().threshold().lower().orElseThrow(),
                                w.action().name(),
                                w.target().version()))
                        .toList(),
                outcome.notWritten().stream()
                        .map(t -> new NotWrittenResponse(
                                t.team().value(),
                                outcome.plan().after().teamName(t.team()),
                                t.metric().value(),
                                t.period().format(),
                                t.threshold().lower().orElseThrow()))
                        .toList(),
                outcome.proposed().stream()
                        .map(p -> new ProposedResponse(
                                p.id().toString(),
                                p.fromTeam().map(team -> team.value()).orElse(null),
                                p.toTeam().value(),
                                outcome.plan().after().teamName(p.toTeam()),
                                p.metric().value(),
                                p.period().format(),
                                p.threshold().lower().orElseThrow()))
                        .toList());
    }
}
