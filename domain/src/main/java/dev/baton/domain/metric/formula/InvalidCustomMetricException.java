package dev.baton.domain.metric.formula;

import java.util.List;
import java.util.stream.Collectors;

/** A user-defined metric that cannot join the catalog, with every problem found. */
public final class InvalidCustomMetricException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FormulaProblem> problems;

    public InvalidCustomMetricException(List<FormulaProblem> problems) {
        super(problems.stream()
                .map(problem -> problem.phrase().code() + problem.phrase().arguments())
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid metric has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FormulaProblem> problems() {
        return problems;
    }
}
