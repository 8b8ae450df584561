package dev.baton.application.checkin;

import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInText;
import java.util.LinkedHashMap;
import java.util.Map;

/** A check-in's current wording as the audit trail writes it down. */
final class CheckInSnapshot {

    private CheckInSnapshot() {}

    static Map<String, Object> of(CheckIn checkIn) {
        CheckInText text = checkIn.current();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("target", checkIn.target().toString());
        state.put("confidence", text.confidence().name());
        text.forecast().ifPresent(f -> state.put("forecast", f.toPlainString()));
        state.put("note", text.note());
        return state;
    }
}
