package dev.baton.domain.alignment;

import java.util.List;

/**
 * One rule of alignment (DESIGN §2) as a value: a pure function from a plan to what it finds. A broken rule is a
 * {@link Finding}, never an exception.
 */
@FunctionalInterface
public interface AlignmentRule {

    List<Finding> check(AlignmentPlan plan);
}
