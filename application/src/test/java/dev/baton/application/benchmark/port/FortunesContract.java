package dev.baton.application.benchmark.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.benchmark.Fortune;
import dev.baton.application.fakes.FixedFortunes;
import dev.baton.application.fakes.PortContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every Fortunes keeps: the benchmark's twelve fortunes, each once, their text exactly as stored (the
 * markup and the Japanese included, which the baseline page must escape and encode). Run against the in-memory fake
 * and the PostgreSQL adapter, so the service tests' fortunes are the ones the page is measured with.
 */
public abstract class FortunesContract extends PortContract {

    protected abstract Fortunes fortunes();

    @Test
    public void everyFortuneIsReadOnceAsStored() {
        List<Fortune> all = call(() -> fortunes().all());

        assertThat(all)
                .containsExactlyInAnyOrderElementsOf(FixedFortunes.asMigrated().all());
    }

    @Test
    public void readingAgainGivesTheSameFortunes() {
        List<Fortune> first = call(() -> fortunes().all());

        assertThat(call(() -> fortunes().all())).containsExactlyInAnyOrderElementsOf(first);
    }
}
