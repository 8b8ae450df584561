package dev.baton.adapters.web.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The scorecard's rendered body per scorecard and language. The use case hands back the very same scorecard instance
 * while none of its inputs changed, so that instance is the key (by identity: any object the use case handed out): a new one means new data, and its body is rendered
 * afresh. Building the view and rendering it were most of a reused scorecard's time; the per-reader parts (the header
 * with the name, the language links, the anti-forgery token) are in the layout, rendered on every request around it.
 */
@ApplicationScoped
public class RenderedScorecards {

    /** Scorecards kept: a few periods in two languages. */
    static final int KEPT = 16;

    private final Map<Key, String> bodies = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > KEPT;
        }
    };

    private long hits;
    private long misses;

    /** The body kept for this scorecard in this language, else the one {@code render} makes, then kept. */
    public String body(Object card, Locale language, Supplier<String> render) {
        Key key = new Key(card, language);
        synchronized (this) {
            String kept = bodies.get(key);
            if (kept != null) {
                hits++;
                return kept;
            }
            misses++;
        }
        // Rendered outside the lock: two readers of a new scorecard may both render it, and both get the same text.
        String rendered = render.get();
        synchronized (this) {
            bodies.put(key, rendered);
        }
        return rendered;
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }

    /** A scorecard by identity: scorecards are compared by being the one the use case kept, never field by field. */
    private static final class Key {
        private final Object card;
        private final Locale language;

        Key(Object card, Locale language) {
            this.card = card;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.card == card && key.language.equals(language);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(card) * 31 + language.hashCode();
        }
    }
}
