package dev.baton.application.checkin.port;

import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInId;
import dev.baton.domain.target.KpiTargetId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Check-ins with every wording they had, as they are stored. */
public interface CheckInRepository {

    CheckIn add(CheckIn checkIn);

    /**
     * Stores the check-in's new wording if nobody edited it since its version was read.
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when the stored version differs
     */
    CheckIn update(CheckIn checkIn);

    Optional<CheckIn> findById(CheckInId id);

    /** A target's check-ins, oldest first. */
    List<CheckIn> of(KpiTargetId target);

    /** The most recently recorded check-in of each of these targets that has one. */
    Map<KpiTargetId, CheckIn> latestOf(Collection<KpiTargetId> targets);
}
