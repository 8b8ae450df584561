package dev.baton.application.alert.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every AlertLedger keeps, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class AlertLedgerContract extends PortContract {

    protected abstract AlertLedger ledger();

    private static String aKey() {
        return "2026-Q4:TEAM_WITHOUT_KPI:" + uniqueKey("contract");
    }

    @Test
    void aFindingIsRecordedOnce() {
        String key = aKey();

        assertThat(call(() -> ledger().record(key))).isTrue();
        assertThat(call(() -> ledger().record(key))).isFalse();
    }

    @Test
    void aFindingStillCurrentIsKeptAndOneGoneIsForgotten() {
        String stays = aKey();
        String goes = aKey();
        run(() -> ledger().record(stays));
        run(() -> ledger().record(goes));

        int forgotten = call(() -> ledger().forgetAllBut(List.of(stays)));

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(call(() -> ledger().record(stays))).isFalse();
        assertThat(call(() -> ledger().record(goes)))
                .as("a finding that went away and came back")
                .isTrue();
    }

    @Test
    void forgettingWithNothingCurrentForgetsEverything() {
        String key = aKey();
        run(() -> ledger().record(key));

        run(() -> ledger().forgetAllBut(List.of()));

        assertThat(call(() -> ledger().record(key))).isTrue();
    }
}
