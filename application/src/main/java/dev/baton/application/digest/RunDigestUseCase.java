package dev.baton.application.digest;

/**
 * Writes this week's digest for everyone with a sign-in who wants it, and has not had it this week: the schedule runs
 * it as the system, an admin on demand.
 */
public interface RunDigestUseCase {

    DigestRun run();
}
