package dev.baton.domain.metric.formula;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.shared.Phrase;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Why a user-defined metric cannot be accepted, as data an editor can show next to the formula; each problem says
 * itself as a {@link Phrase} ({@code formula.…}) that the adapters word.
 */
public sealed interface FormulaProblem
        permits FormulaProblem.SyntaxError,
                FormulaProblem.UnknownNames,
                FormulaProblem.Cycle,
                FormulaProblem.KeyTaken,
                FormulaProblem.StageScopedReference {

    Phrase phrase();

    /**
     * Where the formula stops being a formula, what the grammar expected there and what it found: the token as
     * written, empty unless {@code found} is {@link FormulaSyntaxException.Found#TOKEN}.
     */
    record SyntaxError(
            int position, FormulaSyntaxException.Expected expected, FormulaSyntaxException.Found found, String token)
            implements FormulaProblem {
        public SyntaxError {
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(found, "found");
            Objects.requireNonNull(token, "token");
        }

        static SyntaxError of(FormulaSyntaxException exception) {
            return new SyntaxError(exception.position(), exception.expected(), exception.found(), exception.token());
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("formula.SYNTAX_ERROR", position, expected.phrase(), found.phrase(token));
        }
    }

    /** Every name the catalog does not know, not only the first. */
    record UnknownNames(SortedSet<MetricKey> names) implements FormulaProblem {
        public UnknownNames {
            Objects.requireNonNull(names, "names");
            if (names.isEmpty()) {
                throw new IllegalArgumentException("unknown names list at least one name");
            }
            names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("formula.UNKNOWN_NAMES", keys(names));
        }
    }

    /** The chain of definitions that comes back to the metric being defined: {@code a → b → a}. */
    record Cycle(List<MetricKey> chain) implements FormulaProblem {
        public Cycle {
            chain = List.copyOf(chain);
            if (chain.size() < 2) {
                throw new IllegalArgumentException("a cycle runs through at least one step");
            }
        }

        public String path() {
            return chain.stream().map(MetricKey::value).collect(Collectors.joining(" → "));
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("formula.CYCLE", path());
        }
    }

    /** A built-in metric or measure already has this key; a user-defined metric may not replace it. */
    record KeyTaken(MetricKey key) implements FormulaProblem {
        public KeyTaken {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("formula.KEY_TAKEN", key.value());
        }
    }

    /**
     * A stage-scoped metric needs a pair of stages that a formula cannot give it; the stage entries it divides
     * ({@code entered:sql / entered:mql * 100}) can be written out instead.
     */
    record StageScopedReference(SortedSet<MetricKey> metrics) implements FormulaProblem {
        public StageScopedReference {
            Objects.requireNonNull(metrics, "metrics");
            if (metrics.isEmpty()) {
                throw new IllegalArgumentException("name at least one stage-scoped metric");
            }
            metrics = Collections.unmodifiableSortedSet(new TreeSet<>(metrics));
        }

        @Override
        public Phrase phrase() {
            return Phrase.of("formula.STAGE_SCOPED_REFERENCE", keys(metrics));
        }
    }

    /** Metric keys as the catalog writes them, comma-separated: identifiers, the same in every language. */
    private static String keys(SortedSet<MetricKey> keys) {
        return keys.stream().map(MetricKey::value).collect(Collectors.joining(", "));
    }
}
