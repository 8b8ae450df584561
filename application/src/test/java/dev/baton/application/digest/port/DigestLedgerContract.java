package dev.baton.application.digest.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.application.notification.IsoWeek;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** What every DigestLedger keeps, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class DigestLedgerContract extends PortContract {

    protected abstract DigestLedger ledger();

    /** A stored person. */
    protected abstract PersonId aPerson();

    /** A week no other test uses. */
    protected abstract IsoWeek aWeek();

    private static final Period Q4 = Period.quarter(2026, 4);

    @Test
    void aPersonsWeekIsClaimedOnce() {
        PersonId person = aPerson();
        IsoWeek week = aWeek();

        assertThat(call(() -> ledger().claim(person, week, Q4, 30))).isTrue();
        assertThat(call(() -> ledger().claim(person, week, Q4, 45))).isFalse();
    }

    @Test
    void anotherWeekOrAnotherPersonIsAClaimOfItsOwn() {
        PersonId person = aPerson();
        PersonId other = aPerson();
        IsoWeek week = aWeek();
        IsoWeek next = aWeek();

        assertThat(call(() -> ledger().claim(person, week, Q4, 30))).isTrue();
        assertThat(call(() -> ledger().claim(other, week, Q4, 30))).isTrue();
        assertThat(call(() -> ledger().claim(person, next, Q4, 30))).isTrue();
    }

    @Test
    void theScoreOfAWeekIsTheOneItsDigestsReportedForThatPeriod() {
        PersonId person = aPerson();
        IsoWeek week = aWeek();
        run(() -> ledger().claim(person, week, Q4, 40));

        assertThat(call(() -> ledger().scoreOf(week, Q4))).contains(40);
        assertThat(call(() -> ledger().scoreOf(week, Period.quarter(2027, 1)))).isEmpty();
        assertThat(call(() -> ledger().scoreOf(aWeek(), Q4))).isEmpty();
    }

    @Test
    void theHeadlineIsPostedOncePerWeek() {
        IsoWeek week = aWeek();

        assertThat(call(() -> ledger().claimHeadlinePost(week))).isTrue();
        assertThat(call(() -> ledger().claimHeadlinePost(week))).isFalse();
        assertThat(call(() -> ledger().claimHeadlinePost(aWeek()))).isTrue();
    }
}
