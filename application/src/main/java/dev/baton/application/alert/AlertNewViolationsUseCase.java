package dev.baton.application.alert;

/**
 * Evaluates the plans of the running and the next quarter and alerts each VIOLATION naming a team that was not
 * alerted yet: a mail to the team's owner and leads and a post to the team's chat webhook (or the company's). The
 * scheduler runs it every minute as the system; an admin may run it too.
 */
public interface AlertNewViolationsUseCase {

    /** Answers how many new violations were alerted. */
    int alert();
}
