package dev.baton.application.digest;

/** What a run of the digest did: how many digests it wrote to the outbox (0 when everyone had this week's). */
public record DigestRun(int written) {

    public DigestRun {
        if (written < 0) {
            throw new IllegalArgumentException("a run writes no fewer than 0 digests");
        }
    }
}
