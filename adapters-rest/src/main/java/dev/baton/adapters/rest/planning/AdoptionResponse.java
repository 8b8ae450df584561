package dev.baton.adapters.rest.planning;

import dev.baton.application.planning.AdoptionOutcome;
import java.math.BigDecimal;
import java.util.List;

/**
 * What adopting wrote: each target of the caller's teams (CREATED, CHANGED, or UNCHANGED when it already held the
 * number), and the proposed targets of other teams, not written.
 */
public record AdoptionResponse(
        WaterfallResponse plan, List<WrittenResponse> written, List<NotWrittenResponse> notWritten) {

    public record WrittenResponse(
            String id, long team, String metric, String period, BigDecimal atLeast, String action, long version) {}

    public record NotWrittenResponse(long team, String teamName, String metric, String period, BigDecimal atLeast) {}

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
                        .toList());
    }
}
