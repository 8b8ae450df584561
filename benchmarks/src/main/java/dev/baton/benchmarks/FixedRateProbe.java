package dev.baton.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Requests at a fixed rate (open loop), for latency at a chosen load: wrk measures saturation, this measures p95 at,
 * say, half of it. Latency counts from when a request was due, not when it was sent, so a stall is not hidden. The
 * first {@link #WARM_UP_SECONDS} seconds run at the same rate but are not counted: the server is warm after wrk, but
 * this probe's own JVM and HTTP client are not, and their first stalls would be counted against the server.
 *
 * <p>Usage: {@code FixedRateProbe <url> <requests per second> <seconds> [cookie]}; prints one line of figures.
 */
public final class FixedRateProbe {

    static final int WARM_UP_SECONDS = 5;

    private FixedRateProbe() {}

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String cookie = args.length > 3 ? args[3] : null;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8))
                .build();
        int warmUp = (int) (rate * WARM_UP_SECONDS);
        int total = warmUp + (int) (rate * seconds);
        long intervalNanos = (long) (1_000_000_000L / rate);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>(total));
        int[] failures = {0};
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            boolean counted = i >= warmUp;
            ticker.schedule(
                    () -> {
                        HttpRequest.Builder request =
                                HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10));
                        if (cookie != null) {
                            request.header("Cookie", cookie);
                        }
                        inFlight.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                                .whenComplete((response, error) -> {
                                    if (!counted) {
                                        return;
                                    }
                                    if (error != null || response.statusCode() != 200) {
                                        synchronized (failures) {
                                            failures[0]++;
                                        }
                                    } else {
                                        latencies.add(System.nanoTime() - due);
                                    }
                                }));
                    },
                    due - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        ticker.shutdown();
        ticker.awaitTermination(WARM_UP_SECONDS + seconds + 30L, TimeUnit.SECONDS);
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .get(60, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "rate %.1f/s  done %d  failed %d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
                rate, sorted.size(), failures[0], millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99));
        System.exit(0);
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
