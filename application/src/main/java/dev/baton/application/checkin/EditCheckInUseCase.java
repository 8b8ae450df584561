package dev.baton.application.checkin;

import dev.baton.domain.checkin.CheckIn;

public interface EditCheckInUseCase {

    /**
     * Adds a wording to a check-in; the earlier ones stay.
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when the check-in changed since {@code version}
     */
    CheckIn edit(CheckInCommand command);

    /**
     * The check-in as it reads now, for a form that edits it; only for someone who may edit it.
     *
     * @throws dev.baton.application.access.ForbiddenException when the caller may not write the target's check-ins
     * @throws dev.baton.application.shared.NotFoundException when the target or the check-in on it does not exist
     */
    CheckInToEdit toEdit(String targetId, String checkInId);
}
