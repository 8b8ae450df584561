package dev.baton.application.checkin;

import dev.baton.domain.checkin.CheckIn;
import java.util.List;

public interface ListCheckInsUseCase {

    /** A target's check-ins, oldest first, each with its history. */
    List<CheckIn> list(String targetId);
}
