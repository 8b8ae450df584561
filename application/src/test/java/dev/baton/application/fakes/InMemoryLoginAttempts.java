package dev.baton.application.fakes;

import dev.baton.application.signin.port.LoginAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Failed sign-ins counted in maps, by the counting rules of the PostgreSQL adapter. */
public final class InMemoryLoginAttempts implements LoginAttempts {
    /** Failures in a row per {@code username|client}. */
    public final Map<String, Integer> failures = new HashMap<>();

    private final Map<String, Instant> locks = new HashMap<>();
    private final Map<String, Integer> clientFailures = new HashMap<>();
    private final Map<String, Instant> windows = new HashMap<>();
    private final Map<String, Instant> blocks = new HashMap<>();
    /** The {@code before} of every purge asked for. */
    public final List<Instant> purges = new ArrayList<>();

    @Override
    public Optional<Instant> lockedUntil(String username, String client) {
        return Optional.ofNullable(locks.get(username + "|" + client));
    }

    @Override
    public int recordFailure(String username, String client, Instant at) {
        return failures.merge(username + "|" + client, 1, Integer::sum);
    }

    @Override
    public void lock(String username, String client, Instant until) {
        locks.put(username + "|" + client, until);
        failures.put(username + "|" + client, 0);
    }

    @Override
    public void reset(String username, String client) {
        failures.remove(username + "|" + client);
        locks.remove(username + "|" + client);
    }

    @Override
    public void reset(String username) {
        failures.keySet().removeIf(k -> k.startsWith(username + "|"));
        locks.keySet().removeIf(k -> k.startsWith(username + "|"));
    }

    @Override
    public Optional<Instant> clientBlockedUntil(String client) {
        return Optional.ofNullable(blocks.get(client));
    }

    @Override
    public int recordClientFailure(String client, Instant at, Duration window) {
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
        blocks.put(client, until);
        clientFailures.put(client, 0);
        windows.put(client, until);
    }

    @Override
    public void purge(Instant before, Instant now) {
        purges.add(before);
    }
}
