package org.gvclab.core.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one text mechanism of GVC Lab: every user-visible string is a key in a pair of bundles, English
 * ({@code texts_en.properties}) and Simplified Chinese ({@code texts_zh.properties}), read as UTF-8. A core key
 * starts with its feature package ({@code paradox.path.platform}) and lives in that package's bundles
 * ({@code org/gvclab/core/paradox/texts_*.properties}); the web application's bundles use the same placeholder
 * rule through {@link #format(String, Locale, Object...)}.
 *
 * <p>Placeholders are {@code {0}} to {@code {9}}. An argument is shown by what it is, never as a raw double or an
 * enum name: a {@link LocalizedText} in the reader's language, a {@link Num} by the number rule of {@link Measure},
 * an {@code Integer} or {@code Long} as plain digits (years, small counts), a {@code String} as it is (codes,
 * names). Any other argument is a programming error and is refused.
 */
public final class Msg {

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private Msg() {
    }

    /** The text of {@code key} in both languages, with its placeholders filled. */
    public static LocalizedText of(String key, Object... args) {
        return new LocalizedText(in(Locale.SIMPLIFIED_CHINESE, key, args), in(Locale.ENGLISH, key, args));
    }

    /** The text of {@code key} in {@code locale} (Chinese for any {@code zh} locale, English otherwise). */
    public static String in(Locale locale, String key, Object... args) {
        return format(pattern(key, locale), locale, args);
    }

    /** Whether a core bundle holds {@code key}. */
    public static boolean has(String key) {
        return bundle(key, "en").containsKey(key);
    }

    /** Fills {@code {0}}–{@code {9}} in {@code pattern} with {@code args} shown for {@code locale}. */
    public static String format(String pattern, Locale locale, Object... args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && Character.isDigit(pattern.charAt(i + 1)) && pattern.charAt(i + 2) == '}') {
                int n = pattern.charAt(i + 1) - '0';
                if (n >= args.length) {
                    throw new IllegalArgumentException("placeholder {" + n + "} has no argument in: " + pattern);
                }
                out.append(show(args[n], locale));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One argument as the reader sees it. */
    public static String show(Object arg, Locale locale) {
        if (arg instanceof LocalizedText t) {
            return t.in(locale);
        }
        if (arg instanceof Num n) {
            return n.format(locale);
        }
        if (arg instanceof Integer || arg instanceof Long) {
            return arg.toString();
        }
        if (arg instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("a text argument must be LocalizedText, Num, Integer, Long or String, not "
                + arg.getClass().getSimpleName() + " (" + arg + "): wrap numbers in Num with their Measure");
    }

    private static String pattern(String key, Locale locale) {
        String lang = "zh".equals(locale.getLanguage()) ? "zh" : "en";
        String p = bundle(key, lang).getProperty(key);
        if (p == null) {
            throw new IllegalStateException("no text '" + key + "' in " + resource(key, lang));
        }
        return p;
    }

    private static Properties bundle(String key, String lang) {
        return BUNDLES.computeIfAbsent(resource(key, lang), Msg::load);
    }

    /** The bundle resource of a key: its first segment names the core feature package. */
    static String resource(String key, String lang) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("a text key starts with its package, e.g. paradox.path.platform: " + key);
        }
        return "/org/gvclab/core/" + key.substring(0, dot) + "/texts_" + lang + ".properties";
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Msg.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("text bundle " + resource + " missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text bundle " + resource, e);
        }
        return p;
    }
}
