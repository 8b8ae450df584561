package dev.baton.application.benchmark.port;

import dev.baton.application.fakes.FixedFortunes;

/** The FortunesContract run against the in-memory fake holding the migrated fortunes. */
class InMemoryFortunesContractTest extends FortunesContract {

    private final FixedFortunes fortunes = FixedFortunes.asMigrated();

    @Override
    protected Fortunes fortunes() {
        return fortunes;
    }
}
