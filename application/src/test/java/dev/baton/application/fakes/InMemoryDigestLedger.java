package dev.baton.application.fakes;

import dev.baton.application.digest.port.DigestLedger;
import dev.baton.application.notification.IsoWeek;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The digest ledger in maps, unique on (person, week) as the table is. */
public final class InMemoryDigestLedger implements DigestLedger {

    private record Claim(long person, String week) {}

    private record Score(String period, int score) {}

    private final Map<Claim, Score> claims = new LinkedHashMap<>();
    private final Set<String> headlinePosts = new HashSet<>();

    @Override
    public synchronized boolean claim(PersonId person, IsoWeek week, Period period, int score) {
        return claims.putIfAbsent(new Claim(person.value(), week.format()), new Score(period.format(), score)) == null;
    }

    @Override
    public synchronized Optional<Integer> scoreOf(IsoWeek week, Period period) {
        return claims.entrySet().stream()
                .filter(e -> e.getKey().week().equals(week.format())
                        && e.getValue().period().equals(period.format()))
                .map(e -> e.getValue().score())
                .findFirst();
    }

    @Override
    public synchronized boolean claimHeadlinePost(IsoWeek week) {
        return headlinePosts.add(week.format());
    }
}
