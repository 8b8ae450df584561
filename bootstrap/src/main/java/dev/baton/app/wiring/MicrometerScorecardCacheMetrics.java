package dev.baton.app.wiring;

import dev.baton.application.scorecard.port.ScorecardCacheMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The scorecard reuse's hits and misses as one Micrometer counter with a {@code result} tag, the way Micrometer counts
 * caches: {@code baton_scorecard_cache_gets_total{result="hit"}} and {@code {result="miss"}} at {@code /q/metrics}.
 */
@ApplicationScoped
public class MicrometerScorecardCacheMetrics implements ScorecardCacheMetrics {

    static final String NAME = "baton.scorecard.cache.gets";

    private final Counter hits;
    private final Counter misses;

    public MicrometerScorecardCacheMetrics(MeterRegistry registry) {
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder(NAME)
                .tag("result", result)
                .description("Scorecard requests: a kept scorecard handed out (hit) or one computed (miss)")
                .register(registry);
    }

    @Override
    public void hit() {
        hits.increment();
    }

    @Override
    public void miss() {
        misses.increment();
    }
}
