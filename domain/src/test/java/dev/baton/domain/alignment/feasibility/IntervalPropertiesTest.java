package dev.baton.domain.alignment.feasibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Interval arithmetic never loses a value: whatever two members of two intervals make lies in the result. */
class IntervalPropertiesTest {

    record Member(Interval interval, BigDecimal value) {}

    @Property(tries = 500)
    void sumsDifferencesAndProductsHoldEveryResult(@ForAll("members") Member a, @ForAll("members") Member b) {
        assertContains(a.interval().plus(b.interval()), a.value().add(b.value()));
        assertContains(a.interval().minus(b.interval()), a.value().subtract(b.value()));
        assertContains(a.interval().times(b.interval()), a.value().multiply(b.value()));
    }

    @Property(tries = 500)
    void quotientsHoldEveryResultWhereTheDivisorIsNotZero(@ForAll("members") Member a, @ForAll("members") Member b) {
        if (b.value().signum() == 0) {
            return;
        }
        BigDecimal quotient = a.value().divide(b.value(), MathContext.DECIMAL128);
        assertContains(a.interval().dividedBy(b.interval(), true), quotient, new BigDecimal("1E-20"));
        assertContains(a.interval().dividedBy(b.interval(), false), quotient, new BigDecimal("1E-20"));
    }

    private static void assertContains(Interval interval, BigDecimal value) {
        assertContains(interval, value, BigDecimal.ZERO);
    }

    /** Contains the value, allowing for the rounding of the expected value itself. */
    private static void assertContains(Interval interval, BigDecimal value, BigDecimal slack) {
        BigDecimal tolerance = value.abs().max(BigDecimal.ONE).multiply(slack);
        if (interval.lo != null) {
            assertThat(value.add(tolerance)).as("%s in %s", value, interval).isGreaterThanOrEqualTo(interval.lo);
        }
        if (interval.hi != null) {
            assertThat(value.subtract(tolerance))
                    .as("%s in %s", value, interval)
                    .isLessThanOrEqualTo(interval.hi);
        }
    }

    @Provide
    Arbitrary<Member> members() {
        Arbitrary<BigDecimal> numbers = Arbitraries.oneOf(
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1000"), new BigDecimal("1000"))
                        .ofScale(3),
                Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"), new BigDecimal("21")));
        Arbitrary<Boolean> bounded = Arbitraries.of(true, true, true, false);
        return Combinators.combine(numbers, numbers, numbers, bounded, bounded).as((x, y, z, hasLo, hasHi) -> {
            BigDecimal lo = x.min(y).min(z);
            BigDecimal hi = x.max(y).max(z);
            BigDecimal value = x.add(y).add(z).subtract(lo).subtract(hi);
            Interval interval = new Interval(hasLo ? lo : null, hasHi ? hi : null, Why.NONE, Why.NONE);
            return new Member(interval, value);
        });
    }
}
