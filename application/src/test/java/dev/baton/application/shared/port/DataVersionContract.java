package dev.baton.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import org.junit.jupiter.api.Test;

/**
 * The contract every DataVersion keeps: reading it twice with nothing committed between gives equal tokens, a
 * committed change to what the scorecard reads gives another one, and a committed write to anything else leaves it
 * alone. Run against the in-memory fake, where a test commits by hand, and the PostgreSQL adapter, where the commit is
 * a real one; each subclass says what such a commit is.
 */
public abstract class DataVersionContract extends PortContract {

    protected abstract DataVersion version();

    /** Commits a change to one of the scorecard's inputs (teams, funnels, targets, metrics, measures, check-ins). */
    protected abstract void commitAChangeTheScorecardReads();

    /** Commits a write to something the scorecard does not read (the audit trail, the outbox, a sign-in). */
    protected abstract void commitAWriteToSomethingElse();

    private String now() {
        return call(() -> version().current());
    }

    @Test
    public void readingTwiceWithNothingCommittedBetweenGivesEqualTokens() {
        String first = now();

        assertThat(now()).isEqualTo(first);
    }

    @Test
    public void aCommittedChangeToWhatTheScorecardReadsGivesAnotherToken() {
        String before = now();

        commitAChangeTheScorecardReads();
        String after = now();

        assertThat(after).isNotEqualTo(before);
        assertThat(now()).isEqualTo(after);
    }

    @Test
    public void eachCommittedChangeGivesATokenNotSeenBefore() {
        String first = now();
        commitAChangeTheScorecardReads();
        String second = now();
        commitAChangeTheScorecardReads();

        assertThat(now()).isNotIn(first, second);
    }

    @Test
    public void aCommittedWriteToAnythingElseLeavesTheTokenAlone() {
        String before = now();

        commitAWriteToSomethingElse();

        assertThat(now()).isEqualTo(before);
    }
}
