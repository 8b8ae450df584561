package dev.baton.domain.metric.formula;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.shared.LocalizedText;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Why a user-defined metric cannot be accepted, as data an editor can show next to the formula. */
public sealed interface FormulaProblem
        permits FormulaProblem.SyntaxError,
                FormulaProblem.UnknownNames,
                FormulaProblem.Cycle,
                FormulaProblem.KeyTaken,
                FormulaProblem.StageScopedReference {

    LocalizedText message();

    record SyntaxError(int position, String expected, String found) implements FormulaProblem {
        public SyntaxError {
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(found, "found");
        }

        static SyntaxError of(FormulaSyntaxException exception) {
            return new SyntaxError(exception.position(), exception.expected(), exception.found());
        }

        @Override
        public LocalizedText message() {
            return LocalizedText.of(
                    "at position " + position + ": expected " + expected + " but found " + found,
                    "第 " + position + " 个字符处：应为 " + expected + "，实际为 " + found);
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
        public LocalizedText message() {
            String list = names.stream().map(MetricKey::value).collect(Collectors.joining(", "));
            return LocalizedText.of("unknown metric or measure: " + list, "未知的指标或度量：" + list);
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
        public LocalizedText message() {
            return LocalizedText.of("the formula refers back to itself: " + path(), "公式循环引用自身：" + path());
        }
    }

    /** A built-in metric or measure already has this key; a user-defined metric may not replace it. */
    record KeyTaken(MetricKey key) implements FormulaProblem {
        public KeyTaken {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public LocalizedText message() {
            return LocalizedText.of(
                    key + " is a built-in metric or measure; choose another key", key + " 是内置指标或度量，请换一个键");
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
        public LocalizedText message() {
            String list = metrics.stream().map(MetricKey::value).collect(Collectors.joining(", "));
            return LocalizedText.of(
                    list + " is measured between two stages and cannot be used in a formula; write the stage entries"
                            + " instead, e.g. entered:sql / entered:mql * 100",
                    list + " 按两个阶段计算，不能用于公式；请直接使用阶段进入数，例如 entered:sql / entered:mql * 100");
        }
    }
}
