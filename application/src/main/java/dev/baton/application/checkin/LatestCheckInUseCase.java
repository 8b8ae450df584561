package dev.baton.application.checkin;

import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.target.KpiTargetId;
import java.util.Collection;
import java.util.Map;

public interface LatestCheckInUseCase {

    /** The most recently recorded check-in of each of these targets that has one. */
    Map<KpiTargetId, CheckIn> latest(Collection<KpiTargetId> targets);
}
