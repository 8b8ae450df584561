package dev.baton.application.target;

public interface GetTargetUseCase {

    /** @param id the id as it appeared in a path; one that is not an id names no target (404) */
    TargetDetails get(String id);
}
