package dev.baton.application.alert.port;

import java.util.Collection;

/**
 * The violations already alerted, by their stable key ({@link dev.baton.application.alert.FindingKey}), written in
 * the same transaction as the alert's outbox entries: a violation is alerted once while it persists, by whichever
 * instance records it first, and alerted again only after it went away and came back.
 */
public interface AlertLedger {

    /**
     * Records that this finding is alerted. Answers false when it was already; while another transaction holds an
     * uncommitted record of it, waits for that transaction.
     */
    boolean record(String findingKey);

    /** Forgets every alerted finding that is not among {@code current}: they went away. Answers how many. */
    int forgetAllBut(Collection<String> current);
}
