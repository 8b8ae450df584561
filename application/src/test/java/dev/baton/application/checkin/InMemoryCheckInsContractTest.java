package dev.baton.application.checkin;

import dev.baton.application.checkin.port.CheckInRepository;
import dev.baton.application.checkin.port.CheckInRepositoryContract;
import dev.baton.application.fakes.InMemoryCheckIns;
import dev.baton.domain.target.KpiTargetId;

class InMemoryCheckInsContractTest extends CheckInRepositoryContract {

    private final InMemoryCheckIns checkIns = new InMemoryCheckIns();

    @Override
    protected CheckInRepository checkIns() {
        return checkIns;
    }

    @Override
    protected KpiTargetId aTarget() {
        return KpiTargetId.newId();
    }
}
