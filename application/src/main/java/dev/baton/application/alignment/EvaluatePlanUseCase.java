package dev.baton.application.alignment;

/** Runs the alignment engine over a plan the client sends whole; nothing is read from or written to the store. */
public interface EvaluatePlanUseCase {

    AlignmentOutcome evaluate(PlanInput plan);
}
