package dev.baton.domain.proposal;

/**
 * Where a proposal stands. Only an OPEN proposal moves on; every other state is final. SUPERSEDED means the target it
 * would change was changed after the proposal was made, so its receiver would be deciding on a stale picture.
 */
public enum ProposalStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    SUPERSEDED;

    public boolean open() {
        return this == OPEN;
    }
}
