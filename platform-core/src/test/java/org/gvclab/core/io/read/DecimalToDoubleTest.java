package org.gvclab.core.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast decimal parser must return exactly what {@link Double#parseDouble} returns (the JDK's correctly
 * rounded conversion), bit for bit, on shortest round-trip strings and on arbitrary digit strings.
 */
class DecimalToDoubleTest {

    private static double fast(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        double v = CsvLineReader.parseFast(b, 0, b.length);
        return Double.isNaN(v) ? Double.parseDouble(s) : v;
    }

    @Test
    void shortest_round_trip_strings_of_random_doubles_read_back_bit_for_bit() {
        SplittableRandom rnd = new SplittableRandom(11);
        int fastHits = 0;
        for (int k = 0; k < 300_000; k++) {
            double d = switch (k % 3) {
                case 0 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(-12, 13));
                case 1 -> Double.longBitsToDouble(rnd.nextLong() & 0x7FEFFFFFFFFFFFFFL);
                default -> -rnd.nextDouble() * 1e6;
            };
            String s = Double.toString(d);
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            if (!Double.isNaN(CsvLineReader.parseFast(b, 0, b.length))) {
                fastHits++;
            }
            assertThat(Double.doubleToRawLongBits(fast(s))).as(s).isEqualTo(Double.doubleToRawLongBits(d));
        }
        assertThat(fastHits).as("share handled without the JDK parser").isGreaterThan(290_000);
    }

    @Test
    void arbitrary_digit_strings_round_like_the_jdk() {
        SplittableRandom rnd = new SplittableRandom(12);
        for (int k = 0; k < 200_000; k++) {
            int digits = rnd.nextInt(1, 20);
            StringBuilder sb = new StringBuilder();
            if (rnd.nextBoolean()) {
                sb.append('-');
            }
            for (int i = 0; i < digits; i++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            int dot = rnd.nextInt(0, digits + 1);
            if (dot < digits) {
                sb.insert(sb.length() - (digits - dot), '.');
            }
            if (rnd.nextInt(3) == 0) {
                sb.append('e').append(rnd.nextInt(-330, 310));
            }
            String s = sb.toString();
            if (s.startsWith(".") || s.startsWith("-.")) {
                s = s.replace(".", "0.");
            }
            assertThat(Double.doubleToRawLongBits(fast(s))).as(s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        }
    }

    @Test
    void halfway_and_boundary_cases_match() {
        for (String s : new String[] {"9007199254740993", "9007199254740992.5", "2.2250738585072014e-308",
            "4.9e-324", "1.7976931348623157e308", "1e23", "8.41e21", "0.1", "123456789012345678", "-0",
            "1e-400", "9999999999999999999", "0.30000000000000004", "69.80000000000001"}) {
            assertThat(Double.doubleToRawLongBits(fast(s))).as(s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        }
    }
}
