package org.gvclab.core.io.read;

import java.math.BigInteger;

/**
 * Correctly rounded conversion of a decimal {@code w × 10^q} (w up to 19 digits) to the nearest double without
 * creating strings: Clinger's exact fast path (1990) when {@code w < 2^53} and {@code |q| ≤ 22}, otherwise the
 * Eisel–Lemire algorithm (Lemire 2021, "Number parsing at a gigabyte per second", Software: Practice and
 * Experience 51(8)), as in Go's {@code strconv}. Returns NaN where neither applies (the caller then falls back to
 * {@link Double#parseDouble}). The 128-bit powers of ten are computed once from {@link BigInteger}.
 */
final class DecimalToDouble {

    private static final int MIN_EXP10 = -348;
    private static final int MAX_EXP10 = 347;
    private static final double[] SMALL_POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** [2i] = high 64 bits, [2i+1] = low 64 bits of 10^(i + MIN_EXP10), normalised, rounded down. */
    private static final long[] POW10_128 = table();

    private DecimalToDouble() {
    }

    private static long[] table() {
        long[] t = new long[2 * (MAX_EXP10 - MIN_EXP10 + 1)];
        BigInteger ten = BigInteger.TEN;
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int e = MIN_EXP10; e <= MAX_EXP10; e++) {
            BigInteger m;
            if (e >= 0) {
                BigInteger p = ten.pow(e);
                int b = p.bitLength();
                m = b <= 128 ? p.shiftLeft(128 - b) : p.shiftRight(b - 128);
            } else {
                BigInteger d = ten.pow(-e);
                int b = d.bitLength();
                m = BigInteger.ONE.shiftLeft(127 + b).divide(d);
            }
            int i = 2 * (e - MIN_EXP10);
            t[i] = m.shiftRight(64).longValue();
            t[i + 1] = m.and(mask64).longValue();
        }
        return t;
    }

    /**
     * The double nearest to {@code (negative ? −1 : 1) · w · 10^q}, where {@code w} is read as an unsigned
     * 64-bit integer holding at most 19 decimal digits; NaN when the fast algorithms cannot decide.
     */
    static double convert(long w, int q, boolean negative) {
        if (w == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (w > 0 && w < (1L << 53) && q >= -22 && q <= 22) {
            double d = w;
            d = q >= 0 ? d * SMALL_POW10[q] : d / SMALL_POW10[-q];
            return negative ? -d : d;
        }
        if (q < MIN_EXP10 || q > MAX_EXP10) {
            return Double.NaN;
        }
        int clz = Long.numberOfLeadingZeros(w);
        long man = w << clz;
        long retExp2 = ((217706L * q) >> 16) + 64 + 1023 - clz;
        int i = 2 * (q - MIN_EXP10);
        long pHi = POW10_128[i];
        long pLo = POW10_128[i + 1];
        long xHi = unsignedMultiplyHigh(man, pHi);
        long xLo = man * pHi;
        if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + man, man) < 0) {
            long yHi = unsignedMultiplyHigh(man, pLo);
            long yLo = man * pLo;
            long mergedHi = xHi;
            long mergedLo = xLo + yHi;
            if (Long.compareUnsigned(mergedLo, xLo) < 0) {
                mergedHi++;
            }
            if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0 && Long.compareUnsigned(yLo + man, man) < 0) {
                return Double.NaN;
            }
            xHi = mergedHi;
            xLo = mergedLo;
        }
        long msb = xHi >>> 63;
        long retMantissa = xHi >>> (msb + 9);
        retExp2 -= 1 ^ msb;
        if (xLo == 0 && (xHi & 0x1FF) == 0 && (retMantissa & 3) == 1) {
            return Double.NaN;
        }
        retMantissa += retMantissa & 1;
        retMantissa >>>= 1;
        if ((retMantissa >>> 53) > 0) {
            retMantissa >>>= 1;
            retExp2 += 1;
        }
        if (Long.compareUnsigned(retExp2 - 1, 0x7FF - 1) >= 0) {
            return Double.NaN;
        }
        long bits = (retExp2 << 52) | (retMantissa & 0x000FFFFFFFFFFFFFL);
        if (negative) {
            bits |= 0x8000000000000000L;
        }
        return Double.longBitsToDouble(bits);
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
