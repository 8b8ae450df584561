package dev.baton.application.fakes;

import dev.baton.application.alert.port.AlertLedger;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** The alerted findings as a set of keys, unique as the table's primary key is. */
public final class InMemoryAlertLedger implements AlertLedger {

    private final Set<String> alerted = new LinkedHashSet<>();

    @Override
    public synchronized boolean record(String findingKey) {
        return alerted.add(findingKey);
    }

    @Override
    public synchronized int forgetAllBut(Collection<String> current) {
        Set<String> keep = new HashSet<>(current);
        int before = alerted.size();
        alerted.removeIf(key -> !keep.contains(key));
        return before - alerted.size();
    }

    public synchronized Set<String> alerted() {
        return Set.copyOf(alerted);
    }
}
