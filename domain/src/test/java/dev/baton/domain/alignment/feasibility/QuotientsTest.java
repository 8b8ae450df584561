package dev.baton.domain.alignment.feasibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The short way to a quotient gives the JDK's own answer, value and scale, whatever the operands. */
class QuotientsTest {

    private static final MathContext[] CONTEXTS = {
        Interval.DOWN,
        Interval.UP,
        MathContext.DECIMAL128,
        new MathContext(19, RoundingMode.FLOOR),
        new MathContext(7, RoundingMode.CEILING)
    };

    record Division(BigDecimal dividend, BigDecimal divisor) {}

    @Property(tries = 3000)
    void terminatingQuotientsAreTheJdksToTheScale(@ForAll("terminating") Division division) {
        assertSameAsTheJdk(division);
    }

    @Property(tries = 2000)
    void anyQuotientIsTheJdksToTheScale(@ForAll("any") Division division) {
        assertSameAsTheJdk(division);
    }

    @Test
    void theQuotientsPropagationMeetsMostAreTheJdks() {
        String[] values = {
            "2000",
            "10000",
            "15",
            "0.15",
            "30000",
            "1E+3",
            "1E-3",
            "100",
            "7",
            "0.2",
            "600",
            "20",
            "-45",
            "123456789012345678",
            "999999999999999999",
            "0.000001",
            "1024",
            "3"
        };
        for (String x : values) {
            for (String y : values) {
                assertSameAsTheJdk(new Division(new BigDecimal(x), new BigDecimal(y)));
            }
        }
    }

    private static void assertSameAsTheJdk(Division division) {
        for (MathContext mc : CONTEXTS) {
            BigDecimal expected = division.dividend().divide(division.divisor(), mc);
            BigDecimal actual = Quotients.divide(division.dividend(), division.divisor(), mc);
            assertThat(actual.unscaledValue())
                    .as("%s ÷ %s in %s", division.dividend(), division.divisor(), mc)
                    .isEqualTo(expected.unscaledValue());
            assertThat(actual.scale())
                    .as("scale of %s ÷ %s in %s", division.dividend(), division.divisor(), mc)
                    .isEqualTo(expected.scale());
        }
    }

    /** A divisor made of twos and fives times a factor it shares with the dividend, so the quotient terminates. */
    @Provide
    Arbitrary<Division> terminating() {
        Arbitrary<Long> factor = Arbitraries.longs().between(-99_999, 99_999).filter(n -> n != 0);
        Arbitrary<Integer> twos = Arbitraries.integers().between(0, 24);
        Arbitrary<Integer> fives = Arbitraries.integers().between(0, 12);
        Arbitrary<Long> rest = Arbitraries.longs().between(-9_999_999, 9_999_999);
        Arbitrary<Integer> scales = Arbitraries.integers().between(-8, 12);
        return Combinators.combine(factor, twos, fives, rest, scales, scales).as((f, t, v, r, sx, sy) -> {
            BigInteger divisor = BigInteger.valueOf(f)
                    .multiply(BigInteger.TWO.pow(t))
                    .multiply(BigInteger.valueOf(5).pow(v));
            BigInteger dividend = BigInteger.valueOf(f).multiply(BigInteger.valueOf(r));
            return new Division(new BigDecimal(dividend, sx), nonZero(new BigDecimal(divisor, sy)));
        });
    }

    @Provide
    Arbitrary<Division> any() {
        Arbitrary<BigDecimal> numbers = Arbitraries.oneOf(
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1E+12"), new BigDecimal("1E+12"))
                        .ofScale(4),
                Arbitraries.longs().map(BigDecimal::valueOf),
                Arbitraries.integers().between(-6, 6).map(BigDecimal.ONE::scaleByPowerOfTen),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.00"), BigDecimal.TEN, new BigDecimal("1E+5")));
        return Combinators.combine(numbers, numbers).as((x, y) -> new Division(x, nonZero(y)));
    }

    private static BigDecimal nonZero(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ONE : value;
    }
}
