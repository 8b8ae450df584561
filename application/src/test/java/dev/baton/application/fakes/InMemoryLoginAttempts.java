package dev.baton.application.fakes;

import dev.baton.application.signin.port.LoginAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted in maps, by the counting rules of the PostgreSQL adapter: a name's count is a row that the
 * first failure writes, so a lock or a block needs a failure to hang on, and a purge forgets the rows whose last
 * failure is old and whose pause has run out ({@code LoginAttemptsContract}).
 */
public final class InMemoryLoginAttempts implements LoginAttempts {
    /** Failures in a row per {@code username|client}. */
    public final Map<String, Integer> failures = new HashMap<>();

    private final Map<String, Instant> lastFailures = new HashMap<>();
    private final Map<String, Instant> locks = new HashMap<>();
    private final Map<String, Integer> clientFailures = new HashMap<>();
    private final Map<String, Instant> windows = new HashMap<>();
    private final Map<String, Instant> clientLastFailures = new HashMap<>();
    private final Map<String, Instant> blocks = new HashMap<>();
    /** The {@code before} of every purge asked for. */
    public final List<Instant> purges = new ArrayList<>();

    private static String key(String username, String client) {
        return username + "|" + client;
    }

    @Override
    public Optional<Instant> lockedUntil(String username, String client) {
        return Optional.ofNullable(locks.get(key(username, client)));
    }

    @Override
    public int recordFailure(String username, String client, Instant at) {
        lastFailures.put(key(username, client), at);
        return failures.merge(key(username, client), 1, Integer::sum);
    }

    @Override
    public void lock(String username, String client, Instant until) {
        String key = key(username, client);
        if (lastFailures.containsKey(key)) {
            locks.put(key, until);
            failures.put(key, 0);
        }
    }

    @Override
    public void reset(String username, String client) {
        forget(key(username, client));
    }

    @Override
    public void reset(String username) {
        List.copyOf(lastFailures.keySet()).stream()
                .filter(k -> k.startsWith(username + "|"))
                .forEach(this::forget);
    }

    private void forget(String key) {
        failures.remove(key);
        lastFailures.remove(key);
        locks.remove(key);
    }

    @Override
    public Optional<Instant> clientBlockedUntil(String client) {
        return Optional.ofNullable(blocks.get(client));
    }

    @Override
    public int recordClientFailure(String client, Instant at, Duration window) {
        clientLastFailures.put(client, at);
        Instant started = windows.get(client);
        if (started == null || !started.isAfter(at.minus(window))) {
            windows.put(client, at);
            clientFailures.put(client, 1);
            return 1;
        }
        return clientFailures.merge(client, 1, Integer::sum);
    }

    @Override
    public void blockClient(String client, Instant until) {
        if (clientLastFailures.containsKey(client)) {
            blocks.put(client, until);
            clientFailures.put(client, 0);
            windows.put(client, until);
        }
    }

    @Override
    public void purge(Instant before, Instant now) {
        purges.add(before);
        List.copyOf(lastFailures.keySet()).stream()
                .filter(k -> lastFailures.get(k).isBefore(before))
                .filter(k -> !locks.containsKey(k) || locks.get(k).isBefore(now))
                .forEach(this::forget);
        List.copyOf(clientLastFailures.keySet()).stream()
                .filter(c -> clientLastFailures.get(c).isBefore(before))
                .filter(c -> !blocks.containsKey(c) || blocks.get(c).isBefore(now))
                .forEach(c -> {
                    clientLastFailures.remove(c);
                    clientFailures.remove(c);
                    windows.remove(c);
                    blocks.remove(c);
                });
    }
}
