package org.gvclab.web.workshop;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: 9 characters drawn uniformly by {@link SecureRandom} from a 32-character alphabet without the look-alikes
 * 0/O and 1/I, so 9 × log2(32) = 45 bits of entropy, shown in groups of three ({@code K7M-Q2X-9RD}).
 */
public final class JoinCode {

    /** Digits 2–9 and the letters without I and O: 32 characters, 5 bits each. */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 9;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCode() {
    }

    /** The entropy of a code in bits: {@code LENGTH · log2(|ALPHABET|)}. */
    public static double entropyBits() {
        return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
    }

    /** A fresh random code, without separators. */
    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed (any case, with or without dashes and spaces) in stored form. */
    static String normalise(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
    }

    /** The code as shown: groups of three joined by dashes. */
    public static String display(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 3 == 0) {
                out.append('-');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }
}
