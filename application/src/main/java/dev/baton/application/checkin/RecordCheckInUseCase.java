package dev.baton.application.checkin;

import dev.baton.domain.checkin.CheckIn;

public interface RecordCheckInUseCase {

    /**
     * @throws dev.baton.application.access.ForbiddenException unless the caller is the target's owner, a lead of its
     *     team or an admin
     */
    CheckIn record(CheckInCommand command);
}
