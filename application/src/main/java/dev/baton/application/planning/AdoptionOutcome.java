package dev.baton.application.planning;

import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.target.KpiTarget;
import java.util.List;
import java.util.Objects;

/**
 * What adopting a waterfall wrote: each proposed target the caller may edit, as stored now (created, changed, or left
 * as it was when it already held the number), the proposed targets of teams the caller may not edit, not written, and
 * the open proposals that ask those teams for them (made now, or already open from an earlier adoption).
 */
public record AdoptionOutcome(
        WaterfallOutcome plan, List<Written> written, List<KpiTarget> notWritten, List<Proposal> proposed) {

    /** What happened to one target. */
    public enum Action {
        CREATED,
        CHANGED,
        UNCHANGED
    }

    public record Written(KpiTarget target, Action action) {

        public Written {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(action, "action");
        }
    }

    public AdoptionOutcome {
        Objects.requireNonNull(plan, "plan");
        written = List.copyOf(written);
        notWritten = List.copyOf(notWritten);
        proposed = List.copyOf(proposed);
    }
}
