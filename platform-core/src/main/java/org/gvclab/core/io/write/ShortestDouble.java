package org.gvclab.core.io.write;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Writes a double as the shortest decimal that reads back as the same double, and of those the one closest to it,
 * with Raffaello Giulietti's Schubfach algorithm (R. Giulietti, "The Schubfach way to render doubles", 2020, revised
 * 2021; the algorithm behind {@code Double.toString} since JDK 19, written here from the paper for Java 17, whose
 * {@code Double.toString} is slower and sometimes not shortest). As {@code Double.toString} specifies from JDK 19,
 * where one digit would do the closest decimal of one or two digits is chosen ({@code 4.9E-324}, not {@code 5E-324}).
 * The text has {@code Double.toString}'s layout:
 * {@code 123.45} and {@code 0.00123} for 10^-3 ≤ |v| &lt; 10^7, otherwise {@code 1.2345E-7}; {@code NaN},
 * {@code Infinity}, {@code -0.0}.
 *
 * <p>The 617 powers of ten the algorithm multiplies by ({@code g = ⌊10^-k·2^-r⌋ + 1}, 126 bits, split into two
 * 63-bit halves) are computed exactly with {@link BigInteger} when the class loads.
 */
public final class ShortestDouble {

    /** The most characters a double takes ({@code -2.2250738585072014E-308}). */
    public static final int MAX_CHARS = 24;

    private static final int P = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (P - 1);
    private static final int BQ_MASK = 0x7FF;
    private static final long T_MASK = (1L << (P - 1)) - 1;
    /** Subnormal significands below this are scaled by 10 first: the table's precision is not enough for them. */
    private static final long C_TINY = 3;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final long[] G = powersOfTen();
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private ShortestDouble() {
    }

    /** The shortest text of {@code v}, as {@link #write} writes it. */
    public static String toString(double v) {
        byte[] b = new byte[MAX_CHARS];
        int len = write(v, b, 0);
        return new String(b, 0, len, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes the shortest text of {@code v} as ASCII into {@code buf} from {@code pos}.
     *
     * @return the position after the last character; {@code buf} needs {@link #MAX_CHARS} free bytes
     */
    public static int write(double v, byte[] buf, int pos) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & T_MASK;
        int bq = (int) (bits >>> (P - 1)) & BQ_MASK;
        int p = pos;
        if (bq == BQ_MASK) {
            return ascii(t != 0 ? "NaN" : bits > 0 ? "Infinity" : "-Infinity", buf, p);
        }
        if (bits < 0) {
            buf[p++] = '-';
        }
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;
            long c = C_MIN | t;
            if (0 < mq && mq < P) {
                // an integer below 2^53: its digits are exact
                long f = c >> mq;
                if (f << mq == c) {
                    return layout(f, 0, buf, p);
                }
            }
            return toDecimal(-mq, c, 0, buf, p);
        }
        if (t != 0) {
            return t < C_TINY ? toDecimal(Q_MIN, 10 * t, -1, buf, p) : toDecimal(Q_MIN, t, 0, buf, p);
        }
        return ascii("0.0", buf, p);
    }

    /** Schubfach on {@code c·2^q}: the decimal {@code f·10^e} in the rounding interval, shortest, then closest. */
    private static int toDecimal(int q, long c, int dk, byte[] buf, int pos) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // the interval is asymmetric at a power of two: its lower half is half as wide
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        int gi = 2 * (k - K_MIN);
        long g1 = G[gi];
        long g0 = G[gi + 1];
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            // one digit fewer, if a multiple of ten lies in the interval
            long sp10 = div10(s) * 10;
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return layout(upin ? sp10 : tp10, k, buf, pos);
            }
        }
        long tt = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (tt << 2) + out <= vbr;
        if (uin != win) {
            return layout(uin ? s : tt, k + dk, buf, pos);
        }
        long cmp = vb - ((s + tt) << 1);
        return layout(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : tt, k + dk, buf, pos);
    }

    /** Rounds {@code g·cp / 2^127} to odd (the paper's {@code r_o}), with g = g1·2^63 + g0. */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (((z & MASK_63) + MASK_63) >>> 63);
    }

    /** ⌊q·log10(2)⌋ for |q| ≤ 5,456,721 (the paper's integer approximation, checked in tests over its range). */
    static int flog10pow2(int q) {
        return (int) ((q * 661_971_961_083L) >> 41);
    }

    /** ⌊log10(3/4·2^q)⌋. */
    static int flog10threeQuartersPow2(int q) {
        return (int) ((q * 661_971_961_083L - 274_743_187_321L) >> 41);
    }

    /** ⌊e·log2(10)⌋. */
    static int flog2pow10(int e) {
        return (int) ((e * 913_124_641_741L) >> 38);
    }

    /** Writes {@code f·10^e} (f &gt; 0) in {@code Double.toString}'s layout, straight into {@code buf}. */
    private static int layout(long f0, int e0, byte[] buf, int pos) {
        long f = f0;
        int e = e0;
        // drop trailing zeros, so that f holds only significant digits
        long q = div10(f);
        while (f == q * 10) {
            f = q;
            e++;
            q = div10(f);
        }
        int len = digitCount(f);
        int exp = e + len - 1; // the decimal exponent of the leading digit
        int p = pos;
        if (exp >= 0 && exp < 7) {
            if (len <= exp + 1) {
                writeDigits(f, len, buf, p);
                p += len;
                for (int i = len; i <= exp; i++) {
                    buf[p++] = '0';
                }
                buf[p++] = '.';
                buf[p++] = '0';
                return p;
            }
            // digits one place to the right, then the integer digits moved back over the gap for the point
            writeDigits(f, len, buf, p + 1);
            for (int i = 0; i <= exp; i++) {
                buf[p + i] = buf[p + 1 + i];
            }
            buf[p + exp + 1] = '.';
            return p + len + 1;
        }
        if (exp < 0 && exp >= -3) {
            buf[p++] = '0';
            buf[p++] = '.';
            for (int i = -1; i > exp; i--) {
                buf[p++] = '0';
            }
            writeDigits(f, len, buf, p);
            return p + len;
        }
        writeDigits(f, len, buf, p + 1);
        buf[p] = buf[p + 1];
        buf[p + 1] = '.';
        if (len == 1) {
            buf[p + 2] = '0';
            p += 3;
        } else {
            p += len + 1;
        }
        buf[p++] = 'E';
        int x = exp;
        if (x < 0) {
            buf[p++] = '-';
            x = -x;
        }
        if (x >= 100) {
            buf[p++] = (byte) ('0' + x / 100);
            x %= 100;
            buf[p++] = PAIRS[2 * x];
            buf[p++] = PAIRS[2 * x + 1];
        } else if (x >= 10) {
            buf[p++] = PAIRS[2 * x];
            buf[p++] = PAIRS[2 * x + 1];
        } else {
            buf[p++] = (byte) ('0' + x);
        }
        return p;
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** Decimal digits of f &gt; 0 (at most 18 here). */
    private static int digitCount(long f) {
        // log10 from the bit length (1233/4096 ≈ log10 2), corrected by one comparison
        int guess = ((64 - Long.numberOfLeadingZeros(f)) * 1233) >>> 12;
        return guess < POW10.length && f >= POW10[guess] ? guess + 1 : Math.max(1, guess);
    }

    /** ⌊x/10⌋ for x ≥ 0, by multiplication (the signed magic number of Granlund &amp; Montgomery 1994). */
    private static long div10(long x) {
        return Math.multiplyHigh(x, 0x6666666666666667L) >> 2;
    }

    /** ⌈2^89 / 10^8⌉: ⌊x/10^8⌋ = (x·M) &gt;&gt; 89 exactly for 0 ≤ x &lt; 2^57 (the error x/2^89 stays below 10^-8). */
    private static final long M1E8 = 6_189_700_196_426_901_375L;

    /** The {@code len} digits of f (f &lt; 2^57) into {@code buf[pos, pos + len)}, in int groups of eight. */
    private static void writeDigits(long f, int len, byte[] buf, int pos) {
        int end = pos + len;
        long x = f;
        while (x >= 100_000_000L) {
            long hi = Math.multiplyHigh(x, M1E8) >>> 25;
            int lo = (int) (x - hi * 100_000_000L);
            x = hi;
            for (int k = 0; k < 4; k++) {
                int r = lo % 100;
                lo /= 100;
                buf[--end] = PAIRS[2 * r + 1];
                buf[--end] = PAIRS[2 * r];
            }
        }
        int y = (int) x;
        while (y >= 100) {
            int r = y % 100;
            y /= 100;
            buf[--end] = PAIRS[2 * r + 1];
            buf[--end] = PAIRS[2 * r];
        }
        if (y >= 10) {
            buf[--end] = PAIRS[2 * y + 1];
            buf[--end] = PAIRS[2 * y];
        } else {
            buf[--end] = (byte) ('0' + y);
        }
    }

    private static int ascii(String s, byte[] buf, int pos) {
        for (int i = 0; i < s.length(); i++) {
            buf[pos + i] = (byte) s.charAt(i);
        }
        return pos + s.length();
    }

    /**
     * For each k in [K_MIN, K_MAX], g = ⌊10^-k / 2^r⌋ + 1 with r chosen so that 2^125 ≤ 10^-k / 2^r &lt; 2^126
     * ({@code r = ⌊-k·log2(10)⌋ − 125}), as the two 63-bit halves {g1, g0}.
     */
    private static long[] powersOfTen() {
        long[] g = new long[2 * (K_MAX - K_MIN + 1)];
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int r = flog2pow10(e) - 125;
            BigInteger beta;
            if (e >= 0) {
                BigInteger pow = BigInteger.TEN.pow(e);
                beta = r >= 0 ? pow.shiftRight(r) : pow.shiftLeft(-r);
            } else {
                // 10^e / 2^r = 2^-r / 10^-e, with -r > 0 here
                beta = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(-e));
            }
            BigInteger gk = beta.add(BigInteger.ONE);
            if (beta.bitLength() != 126) {
                throw new IllegalStateException("power of ten 10^" + e + " out of the 126-bit range");
            }
            g[2 * (k - K_MIN)] = gk.shiftRight(63).longValueExact();
            g[2 * (k - K_MIN) + 1] = gk.and(mask63).longValueExact();
        }
        return g;
    }
}
