package dev.baton.adapters.rest.notification;

import dev.baton.application.digest.DigestRun;

/** How many digests a run wrote to the outbox: 0 when everyone has had this week's already. */
public record DigestRunResponse(int written) {

    static DigestRunResponse of(DigestRun run) {
        return new DigestRunResponse(run.written());
    }
}
