package dev.baton.application.digest.port;

import dev.baton.application.notification.IsoWeek;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import java.util.Optional;

/**
 * Which weekly digests were written: one row per person and ISO week, unique, written in the same transaction as the
 * digest's outbox entry. Whichever run claims a row first writes that digest; any other run, on this instance or
 * another, finds the row taken and writes nothing for that person.
 */
public interface DigestLedger {

    /**
     * Claims this person's digest of this week, noting the alignment score it reports for the period. Answers false
     * when the digest is claimed already; while another transaction holds an uncommitted claim, waits for it.
     */
    boolean claim(PersonId person, IsoWeek week, Period period, int score);

    /** The score the digests of that week reported for this period, when any was written. */
    Optional<Integer> scoreOf(IsoWeek week, Period period);

    /** Claims the week's one chat post of the headline to the company webhook; false when it is claimed already. */
    boolean claimHeadlinePost(IsoWeek week);
}
