package org.gvclab.core.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Schubfach output against the definition of shortest round-trip text: every string reads back as the same double
 * (bit for bit), has no more digits than Java 17's {@code Double.toString}, and no decimal with one digit fewer lies
 * in the double's rounding interval (checked exactly with {@link BigDecimal}; one or two digits where one would do,
 * as {@code Double.toString} specifies from JDK 19); among the shortest it is the closest.
 * Seeded random doubles (millions, over every exponent) and edge cases.
 */
class ShortestDoubleTest {

    @Test
    void edge_cases_read_back_and_look_like_double_to_string() {
        assertThat(ShortestDouble.toString(0.0)).isEqualTo("0.0");
        assertThat(ShortestDouble.toString(-0.0)).isEqualTo("-0.0");
        assertThat(ShortestDouble.toString(Double.NaN)).isEqualTo("NaN");
        assertThat(ShortestDouble.toString(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(ShortestDouble.toString(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(ShortestDouble.toString(1.0)).isEqualTo("1.0");
        assertThat(ShortestDouble.toString(-3.0)).isEqualTo("-3.0");
        assertThat(ShortestDouble.toString(100.0)).isEqualTo("100.0");
        assertThat(ShortestDouble.toString(0.1)).isEqualTo("0.1");
        assertThat(ShortestDouble.toString(0.001)).isEqualTo("0.001");
        assertThat(ShortestDouble.toString(1.0E-4)).isEqualTo("1.0E-4");
        assertThat(ShortestDouble.toString(1234567.0)).isEqualTo("1234567.0");
        assertThat(ShortestDouble.toString(1.0E7)).isEqualTo("1.0E7");
        assertThat(ShortestDouble.toString(Double.MIN_VALUE)).isEqualTo("4.9E-324");
        assertThat(ShortestDouble.toString(2 * Double.MIN_VALUE)).isEqualTo("9.9E-324");
        assertThat(ShortestDouble.toString(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        assertThat(ShortestDouble.toString(Double.MIN_NORMAL)).isEqualTo("2.2250738585072014E-308");
        assertThat(ShortestDouble.toString(2.0E23)).isEqualTo("2.0E23"); // Java 17 writes 2.0000000000000002E23
        assertThat(ShortestDouble.toString(1.0E23)).isEqualTo("1.0E23");
        assertThat(ShortestDouble.toString(0.3)).isEqualTo("0.3");
        assertThat(ShortestDouble.toString(0.1 + 0.2)).isEqualTo("0.30000000000000004");

        List<Double> edges = new ArrayList<>();
        for (int e = -325; e <= 309; e++) {
            edges.add(Double.parseDouble("1e" + e)); // every power of ten, from 0 and subnormals to infinity
            edges.add(Double.parseDouble("9.999999999999999e" + e));
        }
        for (long t = 1; t <= 1000; t++) {
            edges.add(Double.longBitsToDouble(t)); // the smallest subnormals, where c < C_TINY is scaled
            edges.add(Double.longBitsToDouble((1L << 52) - t)); // the largest subnormals
            edges.add(Double.longBitsToDouble((1L << 52) + t - 1)); // the smallest normals
        }
        for (int q = -1074; q <= 1023; q++) {
            edges.add(Math.scalb(1.0, q)); // powers of two: the asymmetric interval
            edges.add(Math.nextDown(Math.scalb(1.0, q)));
            edges.add(Math.nextUp(Math.scalb(1.0, q)));
        }
        for (long i = -1000; i <= 1000; i++) {
            edges.add((double) i);
            edges.add((double) ((1L << 53) + 2 * i));
        }
        for (double v : edges) {
            checkShortestAndClosest(v);
            checkShortestAndClosest(-v);
        }
    }

    @Test
    void millions_of_random_doubles_read_back_bit_for_bit_and_are_never_longer_than_java_17_writes_them() {
        SplittableRandom rnd = new SplittableRandom(20_261_130L);
        int longerThanJdk = 0;
        int shorterThanJdk = 0;
        for (int i = 0; i < 3_000_000; i++) {
            double v = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong()); // every exponent, subnormals included
                case 1 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(-20, 20)); // table-like magnitudes
                default -> rnd.nextDouble(); // inverse-matrix-like values
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            String ours = ShortestDouble.toString(v);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(ours)))
                    .as("%s read back from %s", Double.toString(v), ours).isEqualTo(Double.doubleToRawLongBits(v));
            int d = digits(ours);
            int jdk = digits(Double.toString(v));
            if (d > Math.max(jdk, 2)) {
                longerThanJdk++;
            } else if (d < jdk) {
                shorterThanJdk++;
            }
            if (i % 10 == 0) {
                checkShortestAndClosest(v);
            }
        }
        assertThat(longerThanJdk).isZero();
        // Java 17's Double.toString is not always shortest (JDK-4511638): ours is sometimes shorter, never longer
        assertThat(shorterThanJdk).isGreaterThanOrEqualTo(0);
    }

    @Test
    void the_integer_approximations_of_logarithms_are_exact_over_the_range_used() {
        for (int q = -1100; q <= 1100; q++) {
            // 10^k ≤ 2^q < 10^(k+1)
            int k = ShortestDouble.flog10pow2(q);
            assertThat(pow2(q).compareTo(pow10(k))).isGreaterThanOrEqualTo(0);
            assertThat(pow2(q).compareTo(pow10(k + 1))).isLessThan(0);
            // 2^k ≤ 10^q < 2^(k+1)
            int k2 = ShortestDouble.flog2pow10(q);
            assertThat(pow10(q).compareTo(pow2(k2))).isGreaterThanOrEqualTo(0);
            assertThat(pow10(q).compareTo(pow2(k2 + 1))).isLessThan(0);
            // 10^k ≤ 3/4·2^q < 10^(k+1)
            int k3 = ShortestDouble.flog10threeQuartersPow2(q);
            BigDecimal threeQuarters = pow2(q).multiply(new BigDecimal("0.75"));
            assertThat(threeQuarters.compareTo(pow10(k3))).isGreaterThanOrEqualTo(0);
            assertThat(threeQuarters.compareTo(pow10(k3 + 1))).isLessThan(0);
        }
    }

    @Test
    void csv_numbers_follow_the_golden_files_convention() {
        assertThat(number(1.0)).isEqualTo("1");
        assertThat(number(-12.0)).isEqualTo("-12");
        assertThat(number(0.0)).isEqualTo("0");
        assertThat(number(-0.0)).isEqualTo("-0");
        assertThat(number(Double.NaN)).isEqualTo("NaN");
        assertThat(number(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(number(1e15)).isEqualTo("1.0E15");
        assertThat(number(0.25)).isEqualTo("0.25");
        assertThat(number(1.0 / 3)).isEqualTo("0.3333333333333333");
    }

    private static String number(double v) {
        return new CsvBytes(8).number(v).toString();
    }

    /**
     * Exact check: the text reads back as v; no decimal with one digit fewer reads back as v (the nearest such
     * decimals below and above v are tried; if neither does, none does); and no other decimal with as many digits
     * is closer to v.
     */
    private static void checkShortestAndClosest(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return;
        }
        String s = ShortestDouble.toString(v);
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(s))).as("round trip of %s", s)
                .isEqualTo(Double.doubleToRawLongBits(v));
        int d = digits(s);
        BigDecimal exact = new BigDecimal(v);
        // Double.toString's rule (JDK 19 on): when one digit would do, the closest decimal of one or two digits
        // (so 4.9E-324, not 5E-324); otherwise the closest of the fewest digits
        if (d > 2) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal fewer = exact.round(new MathContext(d - 1, mode));
                assertThat(fewer.doubleValue()).as("%s with %d digits instead of %s", fewer, d - 1, s).isNotEqualTo(v);
            }
        }
        BigDecimal ours = new BigDecimal(s);
        BigDecimal distance = ours.subtract(exact).abs();
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal other = exact.round(new MathContext(d, mode));
            if (other.doubleValue() == v && other.compareTo(ours) != 0) {
                assertThat(other.subtract(exact).abs()).as("%s is closer to %s than %s", other, exact, s)
                        .isGreaterThanOrEqualTo(distance);
            }
        }
    }

    /** Significant digits of a text in Double.toString's layout. */
    private static int digits(String s) {
        String m = s.startsWith("-") ? s.substring(1) : s;
        int e = m.indexOf('E');
        if (e >= 0) {
            m = m.substring(0, e);
        }
        return new BigDecimal(m).stripTrailingZeros().precision();
    }

    private static BigDecimal pow2(int q) {
        return q >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(q)) : BigDecimal.ONE.divide(
                new BigDecimal(BigInteger.ONE.shiftLeft(-q)));
    }

    private static BigDecimal pow10(int k) {
        return BigDecimal.ONE.scaleByPowerOfTen(k);
    }
}
