package dev.baton.application.scorecard;

import dev.baton.domain.period.Period;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scorecards computed last, each kept with the data version it was computed from. An entry is only handed out for
 * the same version, so it is never stale: a commit that changes what the scorecard reads gives a new version, and the
 * old entries simply stop matching and age out. Few entries, since executives mostly open the same few periods.
 */
final class RecentScorecards {

    /**
     * What a scorecard depends on: the period asked for (empty: the default), the day it is (a running period's pace
     * moves with each day), the data.
     */
    record Key(Optional<Period> period, LocalDate day, String dataVersion) {
        Key {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(dataVersion, "dataVersion");
        }
    }

    private final Map<Key, Scorecard> entries;

    RecentScorecards(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("keep at least one scorecard, got " + capacity);
        }
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Scorecard> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<Scorecard> find(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void keep(Key key, Scorecard scorecard) {
        entries.put(key, Objects.requireNonNull(scorecard, "scorecard"));
    }
}
