package dev.baton.application.planning.port;

import dev.baton.application.fakes.InMemoryAdoptedPlans;
import dev.baton.domain.team.TeamId;

/** The AdoptedPlansContract run against the in-memory fake. */
class InMemoryAdoptedPlansContractTest extends AdoptedPlansContract {

    private final InMemoryAdoptedPlans plans = new InMemoryAdoptedPlans();
    private long next = 1;

    @Override
    protected AdoptedPlans plans() {
        return plans;
    }

    @Override
    protected TeamId aTeam() {
        return new TeamId(next++);
    }

    @Override
    protected long aFunnel(TeamId team) {
        return next++;
    }
}
